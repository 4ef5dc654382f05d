package cn.jining.credithub.services.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK TrueType font reports are printed with, embedded as a subset in each PDF. No such font is on Maven Central,
 * so it comes from the machine: {@code credithub.reports.font} (CREDITHUB_REPORT_FONT) or a Debian font package
 * (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming). Fonts with CFF outlines (Noto CJK's OTF) cannot be
 * embedded by PDFBox, hence TrueType ones only.
 */
public final class ReportFont {

    /** Looked for in this order when no font is configured. */
    public static final List<Path> KNOWN_LOCATIONS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private final Path file;

    private ReportFont(Path file) {
        this.file = file;
    }

    /** The configured font if given (it must exist), else the first known location present; empty when none is. */
    public static Optional<ReportFont> locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            if (!Files.isRegularFile(configured.get())) {
                throw new ReportUnavailableException("report font " + configured.get() + " does not exist");
            }
            return Optional.of(new ReportFont(configured.get()));
        }
        return KNOWN_LOCATIONS.stream().filter(Files::isRegularFile).findFirst().map(ReportFont::new);
    }

    public Path file() {
        return file;
    }

    /** Opens the font file for one document; close it after the document is saved (PDFBox reads glyphs then). */
    OpenFont open() throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ttc")) {
            return new OpenFont(null, new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        if (first[0] == null) {
            collection.close();
            throw new ReportUnavailableException("font collection " + file + " holds no font");
        }
        return new OpenFont(collection, first[0]);
    }

    /** A font file held open while one document is written. */
    static final class OpenFont implements Closeable {

        private final Closeable collection;
        private final TrueTypeFont font;

        private OpenFont(Closeable collection, TrueTypeFont font) {
            this.collection = collection;
            this.font = font;
        }

        /** The font as a subset-embedded composite font of {@code document}. */
        PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, font, true);
        }

        @Override
        public void close() throws IOException {
            // A collection's fonts share its file; closing it closes them.
            if (collection != null) {
                collection.close();
            } else {
                font.close();
            }
        }
    }
}
