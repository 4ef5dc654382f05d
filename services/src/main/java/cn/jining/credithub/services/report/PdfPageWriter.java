package cn.jining.credithub.services.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes wrapped lines of text down A4 pages, starting a new page when one is full and putting a footer on each.
 * Chinese text has no spaces to break at, so lines wrap at any character that would overflow the width.
 */
final class PdfPageWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float FOOTER_SIZE = 8;

    private final PDDocument document;
    private final PDFont font;
    private final String footer;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfPageWriter(PDDocument document, PDFont font, String footer) {
        this.document = document;
        this.font = font;
        this.footer = footer;
    }

    /** Writes {@code text} at {@code size}, indented by {@code indent} points, wrapped to the page width. */
    void line(String text, float size, float indent) throws IOException {
        for (String piece : wrap(text == null ? "" : text, size, width - indent)) {
            float leading = size * 1.5f;
            if (content == null || y - leading < MARGIN + 2 * FOOTER_SIZE) {
                newPage();
            }
            y -= leading;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(piece);
            content.endText();
        }
    }

    /** Vertical space of {@code points}. */
    void gap(float points) {
        y -= points;
    }

    private List<String> wrap(String text, float size, float available) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            float advance = font.getStringWidth(character) / 1000 * size;
            if (used + advance > available && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(character);
            used += advance;
            i += Character.charCount(codePoint);
        }
        lines.add(line.toString());
        return lines;
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        content.beginText();
        content.setFont(font, FOOTER_SIZE);
        content.newLineAtOffset(MARGIN, MARGIN);
        content.showText(footer + "  第 " + pages + " 页");
        content.endText();
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
