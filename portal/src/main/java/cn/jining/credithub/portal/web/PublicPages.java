package cn.jining.credithub.portal.web;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.portal.news.NewsLibrary;
import cn.jining.credithub.portal.store.ListType;
import cn.jining.credithub.portal.store.PublishedStore;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: home, search, a subject's page, the red and black lists, news. */
@Controller
public class PublicPages {

    /** What a search may be: 2 to 60 characters (a partial name) or a credit code. */
    private static final int MIN_QUERY = 2;
    private static final int MAX_QUERY = 60;
    private static final Pattern SUBJECT_CODE = Pattern.compile("[0-9A-Za-z*]{1,64}");
    private static final int LATEST = 10;
    private static final int LIST_PAGE = 100;
    private final PublishedStore store;
    private final NewsLibrary news;

    public PublicPages(PublishedStore store, NewsLibrary news) {
        this.store = store;
        this.news = news;
    }

    @GetMapping("/")
    String home(Model model) throws IOException {
        model.addAttribute("latest", store.latest(LATEST).stream().map(RecordView::of).toList());
        model.addAttribute("news", news.all().stream().limit(5).toList());
        return "home";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        if (q.isEmpty()) {
            return "search";
        }
        if (q.length() < MIN_QUERY || q.length() > MAX_QUERY) {
            model.addAttribute("problem", "请输入 " + MIN_QUERY + " 至 " + MAX_QUERY + " 个字的名称或 18 位统一社会信用代码。");
            return "search";
        }
        model.addAttribute("hits", store.search(q));
        return "search";
    }

    @GetMapping("/subject/{code}")
    String subject(@PathVariable String code, Model model) {
        if (!SUBJECT_CODE.matcher(code).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<RecordView> records = store.ofSubject(code.toUpperCase(Locale.ROOT)).stream().map(RecordView::of).toList();
        if (records.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("code", code.toUpperCase(Locale.ROOT));
        model.addAttribute("name", records.get(0).record().subjectName());
        model.addAttribute("basics", of(records, RecordCategory.ENTERPRISE_BASICS, RecordCategory.NON_ENTERPRISE_BASICS));
        model.addAttribute("licences", of(records, RecordCategory.ADMIN_LICENCE));
        model.addAttribute("penalties", of(records, RecordCategory.ADMIN_PENALTY));
        model.addAttribute("lists", of(records, RecordCategory.CREDIT_LIST));
        return "subject";
    }

    @GetMapping("/lists/{type}")
    String list(@PathVariable String type, Model model) {
        ListType list = switch (type) {
            case "red" -> ListType.RED;
            case "black" -> ListType.BLACK;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        model.addAttribute("list", list);
        model.addAttribute("entries", store.list(list, LIST_PAGE).stream().map(RecordView::of).toList());
        return "list";
    }

    @GetMapping("/news/{slug}")
    String newsItem(@PathVariable String slug, Model model) throws IOException {
        model.addAttribute("item", news.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "news";
    }

    private static List<RecordView> of(List<RecordView> records, RecordCategory... categories) {
        List<RecordCategory> wanted = List.of(categories);
        return records.stream().filter(r -> wanted.contains(r.record().category())).toList();
    }

}
