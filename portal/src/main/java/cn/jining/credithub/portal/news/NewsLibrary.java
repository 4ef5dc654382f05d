package cn.jining.credithub.portal.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Credit policy and news as Markdown files an editor changes ({@code portal.news.location}, a folder or the
 * classpath's news/): {@code yyyy-MM-dd-slug.md}, newest first, the first {@code # } line the title. Read on each
 * request, so an edited file shows at once. Raw HTML in a file is escaped and unsafe links are dropped.
 */
@Component
public class NewsLibrary {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9-]{1,80})\\.md");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public NewsLibrary(@Value("${portal.news.location:classpath:news/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** The news, newest first. */
    public List<NewsItem> all() throws IOException {
        List<NewsItem> items = new ArrayList<>();
        for (Resource resource : resolver.getResources(location + "*.md")) {
            var match = NAME.matcher(String.valueOf(resource.getFilename()));
            if (match.matches()) {
                items.add(read(resource, match.group(1), match.group(2)));
            }
        }
        items.sort(Comparator.comparing(NewsItem::date).thenComparing(NewsItem::slug).reversed());
        return items;
    }

    /** One item by its slug. */
    public Optional<NewsItem> find(String slug) throws IOException {
        return all().stream().filter(item -> item.slug().equals(slug)).findFirst();
    }

    private static NewsItem read(Resource resource, String date, String slug) throws IOException {
        String markdown;
        try (InputStream in = resource.getInputStream()) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String title = markdown.lines().filter(line -> line.startsWith("# ")).findFirst()
                .map(line -> line.substring(2).strip()).orElse(slug);
        String body = markdown.lines().filter(line -> !line.startsWith("# ")).reduce("", (a, b) -> a + b + "\n");
        return new NewsItem(date, slug, title, RENDERER.render(PARSER.parse(body)));
    }

    /** A news item: its date, slug, title and HTML body. */
    public record NewsItem(String date, String slug, String title, String html) {
    }
}
