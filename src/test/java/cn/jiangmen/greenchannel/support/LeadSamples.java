package cn.jiangmen.greenchannel.support;

import static cn.jiangmen.greenchannel.lifecycle.LifecycleProcess.Var.*;

import java.util.HashMap;
import java.util.Map;

/** Submissions as Tasklist sends them (numbers untyped, dates as yyyy-MM-dd). */
public final class LeadSamples {

    private LeadSamples() {
    }

    /** A lead of the given county and planned investment in 万元. */
    public static Map<String, Object> lead(String county, long plannedInvestmentWan) {
        Map<String, Object> v = new HashMap<>();
        v.put(PROJECT_NAME, "新能源电池材料生产基地");
        v.put(INVESTOR_NAME, "广东某新材料科技有限公司");
        v.put(INVESTOR_ORIGIN, "DOMESTIC");
        v.put(CHAIN_CODE, "nev-battery");
        v.put(MANUFACTURING, true);
        v.put(PLANNED_INVESTMENT, (int) plannedInvestmentWan);
        v.put(LAND_AREA, 120.5);
        v.put(EXPECTED_OUTPUT, 300000);
        v.put(EXPECTED_TAX, 12000);
        v.put(EXPECTED_JOBS, 800);
        v.put(TARGET_COUNTY, county);
        v.put(REFERRAL_CHANNEL, "BUSINESS_REFERRAL");
        v.put(REFERRER_NAME, "江门市某商会");
        return v;
    }

    public static Map<String, Object> agreement() {
        Map<String, Object> v = new HashMap<>();
        v.put(SIGNED_ON, "2026-03-02");
        v.put(AGREED_INVESTMENT, 150000);
        v.put(AGREED_LAND_AREA, 118.0);
        v.put(PLANNED_REGISTRATION_DATE, "2026-04-01");
        v.put(PLANNED_START_DATE, "2026-09-01");
        v.put(PLANNED_PRODUCTION_DATE, "2027-12-31");
        v.put(COMMITTED_OUTPUT_PER_MU, 800);
        v.put(COMMITTED_TAX_PER_MU, 40.5);
        v.put(INVESTOR_CREDIT_CODE, uniqueCreditCode());
        return v;
    }

    public static Map<String, Object> company() {
        return of(COMPANY_REGISTERED_ON, "2026-03-20", COMPANY_NAME, "江门某新能源材料有限公司",
                COMPANY_CREDIT_CODE, uniqueCreditCode(), NATIONAL_PROJECT_CODE, "2026-440703-38-03-012345");
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    /**
     * A valid 统一社会信用代码 no other test uses: credit records are kept per applicant, so each
     * sample investor is its own applicant.
     */
    public static String uniqueCreditCode() {
        long n = SEQUENCE.incrementAndGet();
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tail.append(ALPHABET.charAt((int) (n % ALPHABET.length())));
            n /= ALPHABET.length();
        }
        String first17 = "91440703" + "M" + tail.substring(0, 8);
        return first17 + cn.jiangmen.greenchannel.project.CreditCode.checkCharacter(first17);
    }

    public static Map<String, Object> land() {
        return of(LAND_SUPPLIED_ON, "2026-06-15", SUPPLIED_LAND_AREA, 118.0, LAND_SUPPLY_METHOD, "LISTING",
                LAND_CONTRACT_NO, "440703-2026-0088");
    }


    /** A syntactically valid 统一社会信用代码 (check character computed). */
    public static final String VALID_CREDIT_CODE = "91440700MA4UQ8XK1" + cn.jiangmen.greenchannel.project.CreditCode
            .checkCharacter("91440700MA4UQ8XK1");

    public static Map<String, Object> of(Object... keyValues) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            v.put((String) keyValues[i], keyValues[i + 1]);
        }
        return v;
    }
}
