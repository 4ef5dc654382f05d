package cn.jining.credithub.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.portal.Events;
import cn.jining.credithub.portal.PortalTestSupport;
import cn.jining.credithub.portal.feed.FeedApplier;
import cn.jining.credithub.portal.feed.FeedEvents;
import cn.jining.credithub.portal.feed.FeedImport;
import cn.jining.credithub.portal.forms.Submissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The site over real HTTP: pages, security headers, error pages, the file feed and the forms to the hub. */
class PortalSiteTest extends PortalTestSupport {

    private static final Pattern TOKEN = Pattern.compile("name=\"challengeToken\" value=\"([^\"]+)\"");
    private static final Pattern SUM = Pattern.compile("请计算：(.)加(.)等于几");
    private static final String DIGITS = "零一二三四五六七八九";

    @Autowired
    TestRestTemplate http;
    @Autowired
    FeedApplier applier;
    @Autowired
    FeedImport feedImport;
    @Autowired
    Submissions submissions;

    @Test
    void pagesAreChineseWithSecurityHeadersAndNoScript() {
        ResponseEntity<String> home = http.getForEntity(url("/"), String.class);
        assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(home.getBody()).contains("lang=\"zh-CN\"", "信用济宁", "“信用济宁”网站上线试运行", "<main")
                .doesNotContainIgnoringCase("<script");
        HttpHeaders headers = home.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'none'", "frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(http.getForEntity(url("/news/site-launch"), String.class).getBody()).contains("<strong>异议申请</strong>");
    }

    @Test
    void aCompanyIsFoundByPartOfItsNameAndItsPageShowsOnlyWhatMayBeShown() {
        String code = "91370800MA3C5SITE1";
        applier.apply(Events.penalty("S-1", 1, code, "济宁市兖州区恒信化工有限公司", "兖市监罚〔2026〕12号"));
        String hits = http.getForObject(url("/search?q=恒信化工"), String.class);
        assertThat(hits).contains("济宁市兖州区恒信化工有限公司", "/subject/" + code);

        String page = http.getForObject(url("/subject/" + code), String.class);
        assertThat(page).contains("行政处罚（<span>1</span>）", "兖市监罚〔2026〕12号", "王*明", "警告、罚款")
                .doesNotContain("370802199001011234").doesNotContain("证件号码");
    }

    @Test
    void hostileSearchTextIsEscapedAndBoundedWithAChineseHint() {
        String page = http.getForObject(url("/search?q=<script>alert(1)</script>"), String.class);
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(http.getForObject(url("/search?q=济"), String.class)).contains("请输入 2 至 60 个字");
    }

    @Test
    void unknownPagesAndFailuresAreFriendlyChinesePagesWithoutATrace() {
        ResponseEntity<String> missing = page("/subject/91370800NOSUCH0000");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("页面不存在", "返回首页");
        assertThat(missing.getHeaders().getFirst("Content-Security-Policy")).isNotNull();
        assertThat(page("/no/such/page").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page("/subject/<bad>").getBody()).contains("页面不存在");

        ResponseEntity<String> failed = page("/test-only/fail");
        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(failed.getBody()).contains("系统繁忙").doesNotContain("secret", "Exception", "at cn.", "jdbc");
        // A client that does not ask for HTML gets the status alone, no more.
        assertThat(http.getForObject(url("/test-only/fail"), String.class))
                .doesNotContain("secret", "Exception", "trace", "message");
    }

    @Test
    void aFileOfEventsIsImportedAndABadFileIsSetAside(@TempDir Path folder) throws Exception {
        String code = "91370800MA3C5FILE2";
        Files.writeString(folder.resolve("001.jsonl"), FeedEvents.write(Events.blackList("F-1", 1, code, "济宁泰丰食品有限公司"))
                + "\n" + FeedEvents.write(Events.penalty("F-2", 1, code, "济宁泰丰食品有限公司", "号")) + "\n");
        Files.writeString(folder.resolve("002.json"), "{\"eventId\": 1}");
        feedImport.importFolder(folder);
        assertThat(http.getForObject(url("/lists/black"), String.class)).contains("济宁泰丰食品有限公司", "严重失信主体名单");
        assertThat(folder.resolve("done/001.jsonl")).exists();
        assertThat(folder.resolve("failed/002.json.error")).exists();

        applier.apply(Events.withdraw(RecordCategory.CREDIT_LIST, "F-1", 2));
        assertThat(http.getForObject(url("/lists/black"), String.class)).doesNotContain("济宁泰丰食品有限公司");
    }

    @Test
    void anObjectionWithAnAttachmentReachesTheHubSignedAndCanBeTracked() {
        String code = "91370800MA3C5OBJ03";
        applier.apply(Events.penalty("O-1", 1, code, "济宁金桥商贸有限公司", "号"));
        String recordKey = "ADMIN_PENALTY/jn-amr/O-1";
        int before = HUB.received().size();
        MultiValueMap<String, Object> form = form(recordKey, code);
        form.add("attachments", file("已缴纳罚款凭证.pdf", "%PDF-1.7 receipt".getBytes(StandardCharsets.UTF_8)));

        ResponseEntity<String> done = post("/forms/objection", form);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher number = Pattern.compile("id=\"tracking-number\">(YY\\d{8}-[A-Z0-9]{8})<").matcher(done.getBody());
        assertThat(number.find()).as(done.getBody()).isTrue();
        assertThat(HUB.received()).hasSize(before + 1);
        String sent = new String(HUB.received().get(before).body(), StandardCharsets.UTF_8);
        assertThat(HUB.received().get(before).path()).isEqualTo("/api/v1/public/objections");
        assertThat(sent).contains("\"trackingNumber\":\"" + number.group(1) + "\"", "已缴纳罚款凭证.pdf", recordKey);
        assertThat(http.getForObject(url("/track?number=" + number.group(1)), String.class)).contains("已转交", "异议申请");
        assertThat(submissions.find(number.group(1))).get().satisfies(s -> assertThat(s.hubReference()).startsWith("HUB-"));
    }

    @Test
    void aWrongAnswerAFakeFileOrAnUnknownRecordIsRefusedInChineseAndNothingIsSent() {
        String code = "91370800MA3C5BAD04";
        applier.apply(Events.penalty("X-1", 1, code, "济宁远航船舶有限公司", "号"));
        int before = HUB.received().size();

        MultiValueMap<String, Object> wrong = form("ADMIN_PENALTY/jn-amr/X-1", code);
        wrong.set("challengeAnswer", "99");
        assertThat(post("/forms/repair", wrong).getBody()).contains("验证问题的答案不正确");

        MultiValueMap<String, Object> fake = form("ADMIN_PENALTY/jn-amr/X-1", code);
        fake.add("attachments", file("invoice.pdf", "MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1)));
        ResponseEntity<String> refused = post("/forms/repair", fake);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("不是 PDF、PNG 或 JPEG 文件");

        MultiValueMap<String, Object> unknown = form("ADMIN_PENALTY/jn-amr/NOPE", code);
        assertThat(post("/forms/objection", unknown).getBody()).contains("没有编号为");
        assertThat(HUB.received()).hasSize(before);
    }

    /** A page as a browser asks for it. */
    private ResponseEntity<String> page(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        return http.exchange(url(path), org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private MultiValueMap<String, Object> form(String recordKey, String code) {
        String page = http.getForObject(url("/forms/objection"), String.class);
        Matcher token = TOKEN.matcher(page);
        Matcher sum = SUM.matcher(page);
        assertThat(token.find() && sum.find()).as("the form's challenge").isTrue();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("recordKey", recordKey);
        form.add("subjectCode", code);
        form.add("applicant", "李经理");
        form.add("contact", "0537-0000000");
        form.add("content", "该处罚已于 2026 年 10 月履行完毕。");
        form.add("challengeToken", token.group(1));
        form.add("challengeAnswer", String.valueOf(DIGITS.indexOf(sum.group(1)) + DIGITS.indexOf(sum.group(2))));
        return form;
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(url(path), new HttpEntity<>(form, headers), String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }
}
