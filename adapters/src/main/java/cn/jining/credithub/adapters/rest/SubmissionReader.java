package cn.jining.credithub.adapters.rest;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
                    "Content-Type is " + Echo.quoted(contentType) + "; send application/json in UTF-8");
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
            throw new SubmissionRefusedException(Refusal.MALFORMED, beyondLimit(e));
        } catch (UnrecognizedPropertyException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED,
                    "unknown property " + Echo.quoted(e.getPropertyName()) + " at " + path(e)
                    + " (a submission has sourceId, batchId and records; a record has recordId, category and data)");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamConstraintsException limit) {
                throw new SubmissionRefusedException(Refusal.MALFORMED, beyondLimit(limit));
            }
            if (e.getCause() instanceof JsonParseException parse && duplicateKey(parse).isPresent()) {
                throw new SubmissionRefusedException(Refusal.MALFORMED, duplicateKey(parse).get());
            }
            throw new SubmissionRefusedException(Refusal.MALFORMED,
                    path(e) + " has the wrong form" + at(e.getLocation()));
        } catch (JsonParseException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED, duplicateKey(e).orElseGet(() -> notWellFormed(e)));
        } catch (JsonProcessingException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED, notWellFormed(e));
        } catch (IOException e) {
            throw new SubmissionRefusedException(Refusal.MALFORMED, "the body could not be read as JSON");
        }
    }

    private static String notWellFormed(JsonProcessingException e) {
        return "the body is not well-formed JSON" + at(e.getLocation()) + ": " + Echo.of(withoutSource(e.getOriginalMessage()));
    }

    /** Nesting deeper than the hub allows, or a name, number or text longer than the JSON reader takes. */
    private static String beyondLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "the body is nested deeper than " + ContractsJson.MAX_NESTING_DEPTH + " levels" + at(e.getLocation());
        }
        return "the body exceeds a limit of the JSON reader" + at(e.getLocation()) + ": " + Echo.of(withoutSource(message));
    }

    /**
     * A key repeated in one object (ContractsJson refuses them), named with where it is: the parser stands on the
     * repeated key when it refuses it.
     */
    private static Optional<String> duplicateKey(JsonParseException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return Optional.empty();
        }
        JsonStreamContext object = parser.getParsingContext();
        String where = object.getParent() == null || object.getParent().inRoot() ? "the submission"
                : object.getParent().pathAsPointer().toString();
        return Optional.of("key " + Echo.quoted(object.getCurrentName()) + " appears more than once in "
                + Echo.of(where) + at(e.getLocation()) + "; an object names each key once");
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
        return Echo.of(refs.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).substring(1).replace(".[", "["));
    }
}
