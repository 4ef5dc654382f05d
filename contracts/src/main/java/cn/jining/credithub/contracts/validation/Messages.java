package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.exchange.Echo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The violation messages, in English and Chinese, from {@code messages_en.properties} and
 * {@code messages_zh.properties}: one template per message key, {0} the field's name in that language.
 */
public final class Messages {

    private static final Properties EN = load("en");
    private static final Properties ZH = load("zh");

    private Messages() {
    }

    /** A violation whose message key is its rule code. */
    public static Violation violation(String rule, String field, String fieldZh, String value, Object... args) {
        return violationWithKey(rule, rule, field, fieldZh, value, args);
    }

    /**
     * A violation whose message is chosen by a key of its own (several messages for one rule). What the source
     * sent (field names, values, text arguments) is echoed through {@link Echo}: bounded and storable.
     */
    public static Violation violationWithKey(String key, String rule, String field, String fieldZh, String value,
                                             Object... args) {
        Object[] echoed = args.clone();
        for (int i = 0; i < echoed.length; i++) {
            if (echoed[i] instanceof String text) {
                echoed[i] = Echo.of(text);
            }
        }
        String name = Echo.of(field);
        return new Violation(name, rule, Echo.of(value), format(EN, key, name, echoed),
                format(ZH, key, Echo.of(fieldZh), echoed));
    }

    private static String format(Properties messages, String key, String field, Object[] args) {
        String template = messages.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no message for " + key);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = field;
        System.arraycopy(args, 0, all, 1, args.length);
        return new MessageFormat(template, Locale.ROOT).format(all);
    }

    private static Properties load(String language) {
        String resource = "messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
