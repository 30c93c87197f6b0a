package cn.jiangmen.greenchannel.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jiangmen.greenchannel.forms.FormSchemas.formFiles;
import static cn.jiangmen.greenchannel.forms.FormSchemas.formId;
import static cn.jiangmen.greenchannel.forms.FormSchemas.keyedComponents;
import static cn.jiangmen.greenchannel.forms.FormSchemas.options;
import static cn.jiangmen.greenchannel.forms.FormSchemas.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * domain.md §10.22, one source for option lists: the county and chain options written into the
 * forms (start forms cannot load data) are exactly the rows of our reference tables, codes and
 * Chinese names, in sort order; the approval item codes a form explains are the catalogue's. The
 * tables come from running every Flyway migration on H2.
 */
class FormOptionListsTest {

    private static final String URL = "jdbc:h2:mem:forms;MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

    /** Form field key -> reference table whose rows are its options. */
    private static final Map<String, String> REFERENCE_TABLE = Map.of(
            "targetCounty", "county",
            "ownerCounty", "county",
            "preferredCounty", "county",
            "offeredCounty", "county",
            "chainCode", "industry_chain");

    /** Start forms: they ask for what task forms show as key facts. */
    private static final Set<String> START_FORMS = Set.of("register-lead", "request-transfer");
    /** The city's monthly bulletin is about every county: its issuing form names none. */
    private static final Set<String> CITY_FORMS = Set.of("issue-bulletin");

    /** Text fields that take comma-separated county codes: their description names every county. */
    private static final Set<String> COUNTY_CODE_LISTS = Set.of("receivingCounties", "moreCounties", "proposedCounties");

    /** Text fields that take comma-separated approval item codes: their description names every item. */
    private static final Set<String> ITEM_CODE_LISTS = Set.of("confirmedItems");

    private static List<String> counties;
    private static List<String> chains;
    private static List<String> items;
    private static List<String> materialCodes;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .schemas("greenchannel")
                .defaultSchema("greenchannel")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        counties = rows("county");
        chains = rows("industry_chain");
        items = rows("approval_item");
        materialCodes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT DISTINCT material_code FROM \"greenchannel\".approval_item_material ORDER BY material_code")) {
            while (rs.next()) {
                materialCodes.add(rs.getString("material_code"));
            }
        }
    }

    /** "code=name" of every row, in sort order. */
    private static List<String> rows(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     // Flyway creates the schema quoted (lower case); H2 folds unquoted names to upper case
                     "SELECT code, name FROM \"greenchannel\"." + table + " ORDER BY sort_order, code")) {
            while (rs.next()) {
                rows.add(rs.getString("code") + "=" + rs.getString("name"));
            }
        }
        return rows;
    }

    private static List<String> reference(String key) {
        return REFERENCE_TABLE.get(key).equals("county") ? counties : chains;
    }

    @Test
    void referenceTablesAreSeeded() {
        assertThat(counties).hasSize(7).contains("pengjiang=蓬江区", "enping=恩平市");
        assertThat(chains).contains("advanced-materials=先进材料", "other=其他（非重点产业链）");
        assertThat(items).hasSize(12).contains("FILING=企业投资项目备案", "DISCHARGE_PERMIT=排污许可证");
    }

    @Test
    void countyAndChainOptionsAreExactlyTheReferenceRows() {
        List<String> checked = new ArrayList<>();
        List<String> formsWithOwnerCounty = new ArrayList<>();
        for (Path file : formFiles()) {
            for (JsonNode field : keyedComponents(read(file))) {
                String key = field.path("key").asText();
                if (!REFERENCE_TABLE.containsKey(key)) {
                    continue;
                }
                String what = formId(file) + "/" + key;
                assertThat(field.path("type").asText()).as(what).isIn("select", "radio");
                assertThat(field.has("valuesKey") || field.has("valuesExpression"))
                        .as(what + " has a static list").isFalse();
                assertThat(options(field)).as(what + " options vs greenchannel." + REFERENCE_TABLE.get(key))
                        .containsExactlyElementsOf(reference(key));
                checked.add(key);
                if (key.equals("ownerCounty")) {
                    formsWithOwnerCounty.add(formId(file));
                }
            }
        }
        // every task form shows the owner county (start forms ask for the target county or the project)
        List<String> taskForms = formFiles().stream().map(FormSchemas::formId)
                .filter(id -> !START_FORMS.contains(id) && !CITY_FORMS.contains(id)).toList();
        assertThat(formsWithOwnerCounty).as("task forms checked").containsExactlyInAnyOrderElementsOf(taskForms);
        // register-lead's target county and chain, the task forms' owner county, request-transfer's
        // preferred county (shown again in review-transfer) and the county offered the project
        assertThat(Set.copyOf(checked)).containsExactlyInAnyOrder("targetCounty", "ownerCounty", "chainCode",
                "preferredCounty", "offeredCounty");
    }

    /** Where a field takes county codes as text, its description lists every code with its name. */
    @Test
    void countyCodeListsNameEveryCounty() {
        List<String> checked = new ArrayList<>();
        for (Path file : formFiles()) {
            for (JsonNode field : keyedComponents(read(file))) {
                String key = field.path("key").asText();
                if (!COUNTY_CODE_LISTS.contains(key)) {
                    continue;
                }
                String description = field.path("description").asText();
                for (String county : counties) {
                    String[] codeAndName = county.split("=", 2);
                    assertThat(description).as(formId(file) + "/" + key + " names " + county)
                            .contains(codeAndName[0] + " " + codeAndName[1]);
                }
                checked.add(key);
            }
        }
        assertThat(checked).containsExactlyInAnyOrder("receivingCounties", "moreCounties", "proposedCounties");
    }

    /**
     * The item codes confirm-items takes as text: its description names every catalogue item as
     * "CODE 名称" (catalogue order) and says only this stage's items are accepted.
     */
    @Test
    void itemCodeListsNameEveryCatalogueItem() {
        List<String> checked = new ArrayList<>();
        for (Path file : formFiles()) {
            for (JsonNode field : keyedComponents(read(file))) {
                String key = field.path("key").asText();
                if (!ITEM_CODE_LISTS.contains(key)) {
                    continue;
                }
                String description = field.path("description").asText();
                int previous = -1;
                for (String item : items) {
                    String[] codeAndName = item.split("=", 2);
                    String named = codeAndName[0] + " " + codeAndName[1];
                    assertThat(description).as(formId(file) + "/" + key + " names " + item).contains(named);
                    assertThat(description.indexOf(named)).as(formId(file) + "/" + key + " catalogue order " + item)
                            .isGreaterThan(previous);
                    previous = description.indexOf(named);
                }
                assertThat(description).as(formId(file) + "/" + key).contains("只接受本阶段");
                checked.add(formId(file) + "/" + key);
            }
        }
        assertThat(checked).containsExactly("confirm-items/confirmedItems");
    }

    /** The browser's code-list patterns accept every code of the catalogue. */
    @Test
    void codeListPatternsAcceptEveryCatalogueCode() {
        String allItems = String.join(",", items.stream().map(i -> i.split("=", 2)[0]).toList());
        assertThat(allItems).matches(FormDefinitionsTest.ITEM_LIST_PATTERN);
        assertThat(allItems.length()).as("every item fits confirmedItems' maxLength").isLessThanOrEqualTo(200);
        assertThat(materialCodes).isNotEmpty();
        for (String code : materialCodes) {
            assertThat(code).as("material code").matches(FormDefinitionsTest.MATERIAL_LIST_PATTERN);
        }
    }
}
