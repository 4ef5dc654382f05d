package cn.jining.credithub.adapters.rest;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a REST submission body into a Submission, or refuses it with a message that names what is wrong
 * and where (line and column, or the JSON path). Record-level problems are left to the intake.
 */
public final class SubmissionReader {

    private SubmissionReader() {
    }

    public static Submission read(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                || (contentType.toLowerCase(Locale.ROOT).contains("charset")
                    && !contentType.toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8"))) {
            throw new SubmissionRefusedException(Refusal.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is '" + contentType + "'; send application/json in UTF-8");
        }
        if (body == null || body.length == 0) {
            throw new SubmissionRefusedException(Refusal.EMPTY, "the request body is empty");
        }
        Submission submission = parse(body);
        if (submission == null) {
            throw new SubmissionRefusedException(Refusal.EMPTY, "the request body holds no submission");
        }
        if (submission.sourceId() == null || submission.sourceId().isBlank()) {
            throw new SubmissionRefusedException(Refusal.MALFORMED, "sourceId is required");
        }
        return submission;
    }

    private static Submission parse(byte[] body) {
        try {
            return ContractsJson.mapper().readValue(body, Submission.class);
        } catch (StreamConstraintsException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED, "the body is nested deeper than "
                    + ContractsJson.MAX_NESTING_DEPTH + " levels" + at(e.getLocation()));
        } catch (UnrecognizedPropertyException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED,
                    "unknown property '" + e.getPropertyName() + "' at " + path(e));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamConstraintsException) {
                throw new SubmissionRefusedException(Refusal.MALFORMED, "the body is nested deeper than "
                        + ContractsJson.MAX_NESTING_DEPTH + " levels" + at(e.getLocation()));
            }
            throw new SubmissionRefusedException(Refusal.MALFORMED,
                    path(e) + " has the wrong form" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED,
                    "the body is not well-formed JSON" + at(e.getLocation()) + ": " + withoutSource(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED, "the body could not be read as JSON");
        }
    }

    /** Jackson appends where its input came from; the client knows that, and the text only confuses. */
    private static String withoutSource(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\(?(start marker )?at \\[Source:.*$", "")
                .replaceAll("\\s+", " ").trim();
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path of a mapping failure in the submission, e.g. {@code records[3].recordId}. */
    static String path(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        if (refs.isEmpty()) {
            return "the submission";
        }
        return refs.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).substring(1).replace(".[", "[");
    }
}
