package cn.jiangmen.greenchannel.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo organisation of the embedded default (README lists it). User ids are pinyin (the engine
 * refuses Chinese ids); names are Chinese. Never loaded in PostgreSQL mode.
 */
public final class DemoOrganisation {

    public record DemoUser(String id, String lastName, String firstName, List<String> groups) {
    }

    private static final String[][] COUNTY_STAFF = {
        // county code, investment officer, commissioner
        {"pengjiang", "pengjiang01:李:明", "pengjiang02:陈:静"},
        {"jianghai", "jianghai01:黄:伟", "jianghai02:林:芳"},
        {"xinhui", "xinhui01:梁:强", "xinhui02:何:丽"},
        {"taishan", "taishan01:张:军", "taishan02:吴:敏"},
        {"kaiping", "kaiping01:谭:磊", "kaiping02:关:燕"},
        {"heshan", "heshan01:冯:涛", "heshan02:罗:娟"},
        {"enping", "enping01:郑:勇", "enping02:冼:霞"},
    };

    private DemoOrganisation() {
    }

    public static List<DemoUser> users(ReferenceData referenceData) {
        List<DemoUser> users = new ArrayList<>();
        for (String[] county : COUNTY_STAFF) {
            String group = OrganisationGroups.countyGroup(county[0]);
            users.add(user(county[1], group));
            users.add(user(county[2], group));
        }
        users.add(user("zhongxin01:王:建国", OrganisationGroups.CITY_CENTRE));
        users.add(user("zhongxin02:赵:晓雯", OrganisationGroups.CITY_CENTRE));
        users.add(user("fagai01:周:平", OrganisationGroups.DEPT_DEVELOPMENT_REFORM));
        users.add(user("ziran01:孙:海", OrganisationGroups.DEPT_NATURAL_RESOURCES));
        users.add(user("shengtai01:钱:清", OrganisationGroups.DEPT_ECOLOGY_ENVIRONMENT));
        users.add(user("zhujian01:郭:建", OrganisationGroups.DEPT_HOUSING_CONSTRUCTION));
        users.add(user("shijian01:马:正", OrganisationGroups.DEPT_MARKET_REGULATION));
        users.add(user("gongxin01:邓:工", OrganisationGroups.DEPT_INDUSTRY_IT));
        users.add(user("shangwu01:许:商", OrganisationGroups.DEPT_COMMERCE));
        users.add(user("lingdao01:杨:市长", OrganisationGroups.CITY_LEADERS));
        users.add(user("guanli01:曾:监测", OrganisationGroups.MANAGERS));
        int n = 1;
        for (ReferenceData.Chain chain : referenceData.chains()) {
            if (chain.keyChain()) {
                users.add(new DemoUser(String.format("lian%02d", n++), "产业链", chain.name(), List.of(chain.leadGroup())));
            }
        }
        return users;
    }

    private static DemoUser user(String spec, String group) {
        String[] p = spec.split(":");
        return new DemoUser(p[0], p[1], p[2], List.of(group));
    }
}
