package cn.jining.credithub.services.publication;

import cn.jining.credithub.services.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

/** The rule tables config/ ships (publication/*.tsv on the test class path), as the hub loads them. */
public final class DefaultTables {

    private DefaultTables() {
    }

    public static WorkingDayCalendar calendar() {
        return load("publication/holidays.tsv", WorkingDayCalendar::read);
    }

    public static PublicationRules rules() {
        return load("publication/rules.tsv", (name, in) -> PublicationRules.read(name, in, calendar()));
    }

    public static PublicationMasking masking() {
        return load("publication/masking.tsv", PublicationMasking::read);
    }

    private static <T> T load(String resource, BiFunction<String, InputStream, T> reader) {
        try (InputStream in = DefaultTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (config module)");
            }
            return reader.apply(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
