package cn.jiangmen.greenchannel.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese locale of every webapp covers every key of the English locale that the Camunda
 * 7.24 webjar ships (read from the jar on the class path, so an upgrade that adds keys fails here),
 * keeps placeholders and HTML intact and leaves nothing in English; each app's config.js makes
 * Chinese the default and keeps English for English browsers (camunda-notes, "Chinese webapps").
 */
class ChineseLocaleTest {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that are the same in Chinese: product names, standard abbreviations, file formats. */
    private static final Set<String> SAME_IN_CHINESE = Set.of("Camunda", "ID", "ID*", "JSON", "CSV", "BPMN", "DMN",
            "CMMN", "DRD", "XML", "URL", "LDAP", "API");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|br|strong|b|i|em|code|p|span|ul|li)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[a-z]+;");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void every_english_key_has_a_chinese_translation(String app) throws IOException {
        JsonNode en = shipped(app, "locales/en.json").path("labels");
        JsonNode zh = ours(app, "locales/zh.json").path("labels");
        assertThat(en.size()).as("shipped %s en.json labels", app).isGreaterThan(100);

        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String english = entry.getValue().asText();
            JsonNode value = zh.get(key);
            if (value == null) {
                problems.add(key + ": missing");
                continue;
            }
            String chinese = value.asText();
            if (chinese.isBlank()) {
                problems.add(key + ": empty");
                continue;
            }
            if (!sorted(PLACEHOLDER, english).equals(sorted(PLACEHOLDER, chinese))) {
                problems.add(key + ": placeholders " + sorted(PLACEHOLDER, english) + " != " + sorted(PLACEHOLDER, chinese));
            }
            if (!inOrder(HTML_TAG, english).equals(inOrder(HTML_TAG, chinese))) {
                problems.add(key + ": HTML " + inOrder(HTML_TAG, english) + " != " + inOrder(HTML_TAG, chinese));
            }
            if (!sorted(ENTITY, english).equals(sorted(ENTITY, chinese))) {
                problems.add(key + ": entities " + sorted(ENTITY, english) + " != " + sorted(ENTITY, chinese));
            }
            boolean mayStay = SAME_IN_CHINESE.contains(english.strip()) || !LATIN_LETTER.matcher(english).find();
            if (chinese.equals(english) && !mayStay) {
                problems.add(key + ": still English: " + english);
            }
            if (!mayStay && !CJK.matcher(chinese).find()) {
                problems.add(key + ": no Chinese in '" + chinese + "'");
            }
        }
        for (Iterator<String> it = zh.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!en.has(key)) {
                problems.add(key + ": not a key of the shipped en.json (stale)");
            }
        }
        assertThat(problems).as("%s/locales/zh.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void dates_are_shown_the_chinese_way(String app) throws IOException {
        JsonNode en = shipped(app, "locales/en.json").path("dateLocales");
        JsonNode zh = ours(app, "locales/zh.json").path("dateLocales");
        for (Iterator<String> it = en.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            assertThat(zh.has(field)).as("dateLocales.%s", field).isTrue();
            assertThat(zh.get(field).size()).as("dateLocales.%s entries", field).isEqualTo(en.get(field).size());
        }
        assertThat(zh.path("longDateFormat").path("LL").asText()).isEqualTo("YYYY年M月D日");
        assertThat(zh.path("longDateFormat").path("LLL").asText()).isEqualTo("YYYY年M月D日 HH:mm");
        assertThat(zh.path("weekdays").get(1).asText()).isEqualTo("星期一");
        assertThat(zh.path("months").get(0).asText()).isEqualTo("一月");
        assertThat(zh.path("relativeTime").path("past").asText()).isEqualTo("%s前");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chinese_is_the_default_and_english_stays_available(String app) throws IOException {
        String config = text(ourUrl(app, "scripts/config.js"));
        assertThat(config).contains("export default {")
                .containsPattern("availableLocales:\\s*\\['zh',\\s*'en']")
                .containsPattern("fallbackLocale:\\s*'zh'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit"})
    void the_texts_outside_the_locale_files_are_translated_by_a_custom_script(String app) throws IOException {
        assertThat(text(ourUrl(app, "scripts/config.js"))).containsPattern("customScripts:\\s*\\[[^]]*zh-untranslated'");
        assertThat(text(ourUrl("tasklist", "scripts/zh-untranslated.js")))
                .contains("'Field is required.'", "Field must have minimum value of", "'Select'", "'Actions'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist"})
    void the_tasklist_keeps_the_shipped_keyboard_shortcuts(String app) throws IOException {
        String shippedConfig = text(shippedUrl(app, "scripts/config.js"));
        String ourConfig = text(ourUrl(app, "scripts/config.js"));
        Matcher shortcut = Pattern.compile("(\\w+): \\{\\s*key: '([^']+)'").matcher(shippedConfig);
        int count = 0;
        while (shortcut.find()) {
            count++;
            assertThat(ourConfig).as("shortcut %s", shortcut.group(1))
                    .containsPattern(Pattern.quote(shortcut.group(1)) + ":\\s*\\{\\s*key:\\s*'"
                            + Pattern.quote(shortcut.group(2)) + "'");
        }
        assertThat(count).as("shortcuts in the shipped Tasklist config.js").isGreaterThanOrEqualTo(5);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static List<String> sorted(Pattern pattern, String text) {
        List<String> found = inOrder(pattern, text);
        Collections.sort(found);
        return found;
    }

    private static List<String> inOrder(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static JsonNode shipped(String app, String file) throws IOException {
        return JSON.readTree(text(shippedUrl(app, file)));
    }

    private static JsonNode ours(String app, String file) throws IOException {
        return JSON.readTree(text(ourUrl(app, file)));
    }

    /** The resource from the Camunda webjar (a jar: URL), never our override. */
    private static URL shippedUrl(String app, String file) throws IOException {
        for (URL url : Collections.list(ChineseLocaleTest.class.getClassLoader().getResources(APP_ROOT + app + "/" + file))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("no " + app + "/" + file + " in the camunda-webapp-webjar on the class path");
    }

    /** Our override from src/main/resources (a file: URL in target/classes). */
    private static URL ourUrl(String app, String file) throws IOException {
        for (URL url : Collections.list(ChineseLocaleTest.class.getClassLoader().getResources(APP_ROOT + app + "/" + file))) {
            if (!url.toString().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("no " + app + "/" + file + " of ours under src/main/resources/" + APP_ROOT);
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }
}
