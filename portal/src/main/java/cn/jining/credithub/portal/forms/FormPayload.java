package cn.jining.credithub.portal.forms;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.portal.forms.Attachments.Attachment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A form's fields checked (required, bounded) and written as the JSON the hub's intake takes. */
final class FormPayload {

    private static final int MAX_SHORT = 100;
    private static final int MAX_TEXT = 2000;

    /** A checked form. */
    record Form(FormKind kind, String recordKey, String subjectCode, String applicant, String contact, String content,
                List<Attachment> attachments) {
    }

    Form form(FormKind kind, Map<String, String> fields, List<Attachment> attachments) throws FormProblem {
        String recordKey = text(fields, "recordKey", "信息编号", kind.aboutRecord(), 400);
        String subject = text(fields, "subjectCode", "统一社会信用代码", kind.aboutRecord(), 64);
        String applicant = text(fields, "applicant", kind == FormKind.COMPLAINT ? "联系人" : "申请人",
                kind.aboutRecord(), MAX_SHORT);
        String contact = text(fields, "contact", "联系电话", kind.aboutRecord(), MAX_SHORT);
        String content = text(fields, "content", kind == FormKind.COMPLAINT ? "投诉内容" : "申请事由", true, MAX_TEXT);
        return new Form(kind, recordKey, subject.toUpperCase(java.util.Locale.ROOT), applicant, contact, content,
                attachments);
    }

    /** The JSON sent to the hub: the form, its tracking number, the attachments in Base64. */
    byte[] json(String trackingNumber, Form form) {
        ObjectNode root = ContractsJson.mapper().createObjectNode();
        root.put("kind", form.kind().name());
        root.put("trackingNumber", trackingNumber);
        root.put("recordKey", form.recordKey());
        root.put("subjectCode", form.subjectCode());
        root.put("applicant", form.applicant());
        root.put("contact", form.contact());
        root.put("content", form.content());
        ArrayNode files = root.putArray("attachments");
        for (Attachment attachment : form.attachments()) {
            files.addObject().put("name", attachment.name()).put("contentType", attachment.contentType())
                    .put("content", Base64.getEncoder().encodeToString(attachment.content()));
        }
        try {
            return ContractsJson.mapper().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a form cannot be written as JSON", e);
        }
    }

    /** The hub's reference in its answer ({@code {"reference": ...}}), if it gave one. */
    static String reference(String answer) {
        try {
            JsonNode node = ContractsJson.mapper().readTree(answer == null || answer.isBlank() ? "{}" : answer);
            String reference = node.path("reference").asText(null);
            return reference == null ? null : reference.substring(0, Math.min(reference.length(), 128));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(Map<String, String> fields, String name, String label, boolean required, int max)
            throws FormProblem {
        String value = fields.getOrDefault(name, "").strip();
        if (required && value.isEmpty()) {
            throw new FormProblem("请填写“" + label + "”。");
        }
        if (value.length() > max) {
            throw new FormProblem("“" + label + "”最多 " + max + " 个字，现为 " + value.length() + " 个字。");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new FormProblem("“" + label + "”含有不可见的控制字符。");
        }
        return value;
    }
}
