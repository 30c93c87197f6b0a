package cn.jiangmen.greenchannel.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.jiangmen.greenchannel.forms.FormSchemas.components;
import static cn.jiangmen.greenchannel.forms.FormSchemas.formFiles;
import static cn.jiangmen.greenchannel.forms.FormSchemas.formId;
import static cn.jiangmen.greenchannel.forms.FormSchemas.hasOptions;
import static cn.jiangmen.greenchannel.forms.FormSchemas.keyedComponents;
import static cn.jiangmen.greenchannel.forms.FormSchemas.options;
import static cn.jiangmen.greenchannel.forms.FormSchemas.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Forms in {@code forms/} against docs/process-contract.md: schema header, unique ids,
 * keys that are contract variables, option codes and Chinese labels, validation and the read-only
 * block of key facts every task form starts with.
 */
class FormDefinitionsTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern COMPONENT_ID = Pattern.compile("(Field|Text|Separator|Spacer|Group)_[A-Za-z0-9]+");

    private static final String USER_ID_PATTERN = "^[a-zA-Z0-9-]+$";
    private static final String CREDIT_CODE_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";

    /** The key facts, read-only and in this order, at the top of every task form. */
    private static final List<String> FACTS = List.of("projectCode", "projectName", "ownerCounty", "tier");

    /** Contract variables a form may bind (variables only the process writes are shown read-only). */
    private static final Set<String> ALLOWED_KEYS = Set.of(
            // start variables
            "projectName", "investorName", "investorOrigin", "chainCode", "manufacturing",
            "plannedInvestment", "landArea", "expectedOutput", "expectedTax", "expectedJobs",
            "targetCounty", "referralChannel", "referrerName",
            // written by the process, shown read-only
            "projectCode", "ownerCounty", "tier", "reviewSummary",
            // task outcomes
            "leadOwner", "acknowledgeNote", "judgement", "judgementReason", "commissionerId",
            "commissionerNote", "negotiationOutcome", "negotiationReason", "transferNote",
            "reviewOpinion", "reviewComment", "reviewDecision", "reviewDecisionReason",
            "signedOn", "agreedInvestment", "agreedLandArea", "plannedRegistrationDate",
            "plannedStartDate", "plannedProductionDate", "committedOutputPerMu", "committedTaxPerMu",
            "investorCreditCode", "followUpNote");

    /** Form id -> exactly the keys it binds (contract table "User tasks"). */
    private static final Map<String, Set<String>> KEYS_BY_FORM = Map.of(
            "register-lead", Set.of("projectName", "investorName", "investorOrigin", "chainCode",
                    "manufacturing", "plannedInvestment", "landArea", "expectedOutput", "expectedTax",
                    "expectedJobs", "targetCounty", "referralChannel", "referrerName"),
            "acknowledge-lead", facts("leadOwner", "acknowledgeNote"),
            "judge-lead", facts("judgement", "judgementReason"),
            "appoint-commissioner", facts("commissionerId", "commissionerNote"),
            "negotiate", facts("negotiationOutcome", "negotiationReason"),
            "handle-transfer-request", facts("transferNote"),
            "review-opinion", facts("reviewOpinion", "reviewComment"),
            "decide-review", facts("reviewSummary", "reviewDecision", "reviewDecisionReason"),
            "sign-agreement", facts("investorOrigin", "signedOn", "agreedInvestment", "agreedLandArea",
                    "plannedRegistrationDate", "plannedStartDate", "plannedProductionDate",
                    "committedOutputPerMu", "committedTaxPerMu", "investorCreditCode"),
            "landing-follow-up", facts("followUpNote"));

    private static final String START_FORM = "register-lead";

    /** Keys shown read-only in task forms (they are never edited there). */
    private static final Set<String> READ_ONLY_IN_TASK_FORMS =
            Set.of("projectCode", "projectName", "ownerCounty", "tier", "reviewSummary", "investorOrigin");

    /** Option codes of the contract; where the contract names Chinese labels, those too. */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "investorOrigin", List.of("DOMESTIC=境内", "HMT=港澳台", "FOREIGN=外资", "OVERSEAS_CHINESE=华侨"),
            "referralChannel", List.of("BUSINESS_REFERRAL=以商招商", "AGENCY=中介机构推介", "EXPO=展会活动",
                    "VISIT=主动上门", "GOVERNMENT=上级转办", "OTHER=其他"),
            "tier", List.of("MAJOR=重大项目", "LEDGER=亿元以上项目", "GENERAL=一般项目"),
            "reviewOpinion", List.of("AGREE=同意", "AGREE_WITH_CONDITIONS=有条件同意", "DISAGREE=不同意"));
    private static final Map<String, List<String>> OPTION_CODES = Map.of(
            "judgement", List.of("PURSUE", "DROP"),
            "negotiationOutcome", List.of("AGREED", "TRANSFER_REQUESTED", "ABANDONED"),
            "reviewDecision", List.of("PASS", "PASS_WITH_CONDITIONS", "NOT_INTRODUCED"));

    /** Required whenever shown. */
    private static final Set<String> REQUIRED = Set.of(
            "projectName", "investorName", "investorOrigin", "chainCode", "plannedInvestment", "landArea",
            "expectedOutput", "expectedTax", "expectedJobs", "targetCounty", "referralChannel",
            "leadOwner", "judgement", "commissionerId", "negotiationOutcome", "transferNote",
            "reviewOpinion", "reviewDecision", "signedOn", "agreedInvestment", "agreedLandArea",
            "plannedRegistrationDate", "plannedStartDate", "plannedProductionDate",
            "committedOutputPerMu", "committedTaxPerMu");

    /**
     * Required only in some cases: form-js cannot make {@code required} conditional, so the field is
     * required and hidden when not needed (a hidden field is neither validated nor submitted).
     */
    private static final Map<String, String> REQUIRED_UNLESS_HIDDEN = Map.of(
            "judgementReason", "=judgement != \"DROP\"",
            "negotiationReason", "=negotiationOutcome = \"AGREED\"",
            "reviewComment", "=reviewOpinion = \"AGREE\"",
            "reviewDecisionReason", "=reviewDecision = \"PASS\"",
            "investorCreditCode", "=investorOrigin != \"DOMESTIC\"");

    /** Optional in the contract. {@code manufacturing} is a checkbox, which always submits true/false. */
    private static final Set<String> OPTIONAL =
            Set.of("referrerName", "acknowledgeNote", "commissionerNote", "followUpNote", "manufacturing");

    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("projectName", 100), Map.entry("investorName", 100), Map.entry("referrerName", 100),
            Map.entry("leadOwner", 64), Map.entry("commissionerId", 64), Map.entry("investorCreditCode", 18),
            Map.entry("acknowledgeNote", 500), Map.entry("judgementReason", 500),
            Map.entry("commissionerNote", 500), Map.entry("negotiationReason", 500),
            Map.entry("transferNote", 500), Map.entry("reviewDecisionReason", 500),
            Map.entry("followUpNote", 500), Map.entry("reviewComment", 1000));

    /**
     * key -> {min, max}: the contract's ranges (investment 1..100 000 000 万元, area 0..100 000 亩,
     * others >= 0) with the upper limits the server check (LifecycleInputRules) applies, so the
     * browser refuses first.
     */
    private static final Map<String, long[]> NUMBER_BOUNDS = Map.of(
            "plannedInvestment", new long[] {1, 100_000_000},
            "agreedInvestment", new long[] {1, 100_000_000},
            "landArea", new long[] {0, 100_000},
            "agreedLandArea", new long[] {0, 100_000},
            "expectedOutput", new long[] {0, 1_000_000_000},
            "expectedTax", new long[] {0, 100_000_000},
            "expectedJobs", new long[] {0, 1_000_000},
            "committedOutputPerMu", new long[] {0, 1_000_000},
            "committedTaxPerMu", new long[] {0, 1_000_000});

    /** Long variables (money in 万元, head counts): integers only. */
    private static final Set<String> INTEGER_KEYS =
            Set.of("plannedInvestment", "agreedInvestment", "expectedOutput", "expectedTax", "expectedJobs");

    /** Unit each label names. */
    private static final Map<String, String> UNIT_IN_LABEL = Map.of(
            "plannedInvestment", "（万元）", "agreedInvestment", "（万元）",
            "expectedOutput", "（万元）", "expectedTax", "（万元）",
            "landArea", "（亩）", "agreedLandArea", "（亩）",
            "committedOutputPerMu", "（万元/亩）", "committedTaxPerMu", "（万元/亩）");

    private static final Set<String> DATE_KEYS = Set.of(
            "signedOn", "plannedRegistrationDate", "plannedStartDate", "plannedProductionDate");

    private static final Map<String, String> PATTERNS = Map.of(
            "leadOwner", USER_ID_PATTERN, "commissionerId", USER_ID_PATTERN,
            "investorCreditCode", CREDIT_CODE_PATTERN);

    private static Set<String> facts(String... more) {
        Set<String> keys = new HashSet<>(FACTS);
        keys.addAll(List.of(more));
        return Set.copyOf(keys);
    }

    static Stream<Path> forms() {
        return formFiles().stream();
    }

    @Test
    void everyFormOfTheContractExists() {
        Set<String> ids = formFiles().stream().map(FormSchemas::formId).collect(Collectors.toSet());
        assertThat(ids).containsAll(KEYS_BY_FORM.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void headerIsCamunda7Form(Path file) {
        JsonNode schema = read(file);
        assertThat(schema.path("id").asText()).as("form id = file name").isEqualTo(formId(file));
        assertThat(schema.path("type").asText()).isEqualTo("default");
        assertThat(schema.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(schema.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(schema.path("schemaVersion").asInt()).as("form-js 1.8.7 schema").isEqualTo(16);
        assertThat(schema.path("components").isArray() && !schema.path("components").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void componentIdsAreUniqueAndReadable(Path file) {
        List<String> ids = components(read(file)).stream().map(c -> c.path("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> COMPONENT_ID.matcher(id).matches());
        for (JsonNode c : keyedComponents(read(file))) {
            assertThat(c.path("id").asText()).isEqualTo("Field_" + c.path("key").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void keysAreContractVariables(Path file) {
        List<String> keys = keyedComponents(read(file)).stream().map(c -> c.path("key").asText()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(ALLOWED_KEYS).containsAll(keys);
        Set<String> expected = KEYS_BY_FORM.get(formId(file));
        if (expected != null) {
            assertThat(Set.copyOf(keys)).as("keys of " + formId(file)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everythingPeopleReadIsChinese(Path file) {
        List<JsonNode> components = components(read(file));
        assertThat(components.get(0).path("type").asText()).as("instruction text first").isEqualTo("text");
        for (JsonNode c : components) {
            String what = formId(file) + "/" + c.path("id").asText();
            if (c.path("type").asText().equals("text")) {
                assertThat(c.path("text").asText()).as(what).containsPattern(CHINESE);
            }
            if (c.hasNonNull("key")) {
                String label = c.path("type").asText().equals("datetime")
                        ? c.path("dateLabel").asText() : c.path("label").asText();
                assertThat(label).as(what + " label").containsPattern(CHINESE);
            }
            if (c.has("description")) {
                assertThat(c.path("description").asText()).as(what + " description").containsPattern(CHINESE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void optionsHaveAsciiCodesAndChineseLabels(Path file) {
        for (JsonNode c : components(read(file))) {
            if (!hasOptions(c)) {
                continue;
            }
            String what = formId(file) + "/" + c.path("id").asText();
            JsonNode values = c.path("values");
            assertThat(values.size()).as(what + " options").isGreaterThanOrEqualTo(1);
            List<String> codes = new ArrayList<>();
            for (JsonNode option : values) {
                assertThat(option.path("label").asText()).as(what + " option label").containsPattern(CHINESE);
                assertThat(option.path("value").asText()).as(what + " option value").matches(CODE);
                codes.add(option.path("value").asText());
            }
            assertThat(codes).as(what).doesNotHaveDuplicates();
            String key = c.path("key").asText();
            if (OPTIONS.containsKey(key)) {
                assertThat(options(c)).as(what).containsExactlyElementsOf(OPTIONS.get(key));
            }
            if (OPTION_CODES.containsKey(key)) {
                assertThat(codes).as(what).containsExactlyElementsOf(OPTION_CODES.get(key));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void taskFormsStartWithReadOnlyKeyFacts(Path file) {
        if (formId(file).equals(START_FORM)) {
            assertThat(keyedComponents(read(file))).as("start form edits everything")
                    .noneMatch(c -> c.path("readonly").asBoolean());
            return;
        }
        List<JsonNode> components = components(read(file));
        List<String> keys = keyedComponents(read(file)).stream().map(c -> c.path("key").asText()).toList();
        assertThat(keys.subList(0, FACTS.size())).isEqualTo(FACTS);

        int separator = -1;
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).path("type").asText().equals("separator")) {
                separator = i;
                break;
            }
        }
        assertThat(separator).as("separator after the key facts").isPositive();
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            if (!c.hasNonNull("key")) {
                continue;
            }
            String key = c.path("key").asText();
            boolean readOnly = c.path("readonly").asBoolean(false);
            assertThat(readOnly).as(formId(file) + "/" + key + " read-only")
                    .isEqualTo(READ_ONLY_IN_TASK_FORMS.contains(key));
            assertThat(i < separator).as(formId(file) + "/" + key + " above the separator iff read-only")
                    .isEqualTo(readOnly);
            if (readOnly) {
                assertThat(c.has("validate")).as(key + " read-only needs no validation").isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void validationFollowsTheContract(Path file) {
        for (JsonNode c : keyedComponents(read(file))) {
            String key = c.path("key").asText();
            String type = c.path("type").asText();
            String what = formId(file) + "/" + key;
            JsonNode validate = c.path("validate");
            boolean required = validate.path("required").asBoolean(false);

            if (c.path("readonly").asBoolean(false)) {
                continue;
            }
            if (type.equals("checkbox")) {
                // required on a checkbox means "must be ticked": false would become impossible
                assertThat(required).as(what + ": a checkbox is never required").isFalse();
            }
            if (REQUIRED.contains(key)) {
                assertThat(required).as(what + " required").isTrue();
                assertThat(c.has("conditional")).as(what + " always shown").isFalse();
            } else if (REQUIRED_UNLESS_HIDDEN.containsKey(key)) {
                assertThat(required).as(what + " required when shown").isTrue();
                assertThat(c.path("conditional").path("hide").asText()).as(what + " hide")
                        .isEqualTo(REQUIRED_UNLESS_HIDDEN.get(key));
                assertThat(c.path("description").asText()).as(what + " says when it is needed").contains("必填");
            } else {
                assertThat(OPTIONAL).as(what + " classified").contains(key);
                assertThat(required).as(what + " optional").isFalse();
            }

            if (type.equals("textfield") || type.equals("textarea")) {
                assertThat(validate.path("maxLength").asInt(-1)).as(what + " maxLength")
                        .isEqualTo(MAX_LENGTH.get(key));
            }
            if (PATTERNS.containsKey(key)) {
                assertThat(validate.path("pattern").asText()).as(what + " pattern").isEqualTo(PATTERNS.get(key));
            }
            if (NUMBER_BOUNDS.containsKey(key)) {
                long[] bounds = NUMBER_BOUNDS.get(key);
                assertThat(type).as(what).isEqualTo("number");
                assertThat(validate.has("min") && validate.has("max")).as(what + " bounded").isTrue();
                assertThat(validate.path("min").asLong()).as(what + " min").isEqualTo(bounds[0]);
                assertThat(validate.path("max").asLong()).as(what + " max").isEqualTo(bounds[1]);
                if (INTEGER_KEYS.contains(key)) {
                    assertThat(c.path("decimalDigits").asInt(-1)).as(what + " integer").isZero();
                }
            } else {
                assertThat(type).as(what).isNotEqualTo("number");
            }
            if (UNIT_IN_LABEL.containsKey(key)) {
                assertThat(c.path("label").asText()).as(what + " unit").endsWith(UNIT_IN_LABEL.get(key));
            }
            if (DATE_KEYS.contains(key)) {
                assertThat(type).as(what).isEqualTo("datetime");
                assertThat(c.path("subtype").asText()).as(what + " yyyy-MM-dd").isEqualTo("date");
            }
        }
    }

    @Test
    void moneyInputsExplainTheUnit() {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : formFiles()) {
            keyedComponents(read(file)).forEach(c -> byKey.put(c.path("key").asText(), c));
        }
        assertThat(byKey.get("plannedInvestment").path("description").asText()).contains("1亿元 = 10000万元");
        assertThat(byKey.get("agreedInvestment").path("description").asText()).contains("1亿元 = 10000万元");
        assertThat(byKey.get("manufacturing").path("type").asText()).isEqualTo("checkbox");
    }

    @Test
    void creditCodePatternAcceptsCodesAndRejectsLookalikes() {
        Pattern creditCode = Pattern.compile(CREDIT_CODE_PATTERN);
        assertThat(creditCode.matcher("91440705MA4W1ABC2K").matches()).isTrue();
        assertThat(creditCode.matcher("91440705MA4W1ABC2").matches()).as("17 characters").isFalse();
        assertThat(creditCode.matcher("91440705MA4W1ABCOK").matches()).as("letter O").isFalse();
        assertThat(creditCode.matcher("91440705ma4w1abc2k").matches()).as("lower case").isFalse();
        assertThat(Pattern.compile(USER_ID_PATTERN).matcher("zhang-san01").matches()).isTrue();
        assertThat(Pattern.compile(USER_ID_PATTERN).matcher("张三").matches()).isFalse();
    }
}
