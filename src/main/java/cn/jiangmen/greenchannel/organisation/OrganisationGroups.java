package cn.jiangmen.greenchannel.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Group ids of domain.md §9: the contract with identity sync and reports; never rename. */
public final class OrganisationGroups {

    public static final String CITY_CENTRE = "city-investment-centre";
    public static final String CITY_LEADERS = "city-leaders";
    public static final String MANAGERS = "managers";
    public static final String ADMINISTRATORS = "camunda-admin";
    public static final String DEPT_DEVELOPMENT_REFORM = "dept-development-reform";
    public static final String DEPT_NATURAL_RESOURCES = "dept-natural-resources";
    public static final String DEPT_ECOLOGY_ENVIRONMENT = "dept-ecology-environment";
    public static final String DEPT_HOUSING_CONSTRUCTION = "dept-housing-construction";
    public static final String DEPT_MARKET_REGULATION = "dept-market-regulation";
    public static final String DEPT_INDUSTRY_IT = "dept-industry-it";
    public static final String DEPT_COMMERCE = "dept-commerce";

    private static final String COUNTY_PREFIX = "county-";

    private OrganisationGroups() {
    }

    public static String countyGroup(String countyCode) {
        return COUNTY_PREFIX + countyCode;
    }

    /** The fixed groups (counties and chains come from the reference tables) with Chinese names. */
    public static Map<String, String> fixedGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(CITY_CENTRE, "市政府投资促进中心");
        groups.put(DEPT_DEVELOPMENT_REFORM, "市发展改革局");
        groups.put(DEPT_NATURAL_RESOURCES, "市自然资源局");
        groups.put(DEPT_ECOLOGY_ENVIRONMENT, "市生态环境局");
        groups.put(DEPT_HOUSING_CONSTRUCTION, "市住房城乡建设局");
        groups.put(DEPT_MARKET_REGULATION, "市市场监管局");
        groups.put(DEPT_INDUSTRY_IT, "市工业和信息化局");
        groups.put(DEPT_COMMERCE, "市商务局");
        groups.put(CITY_LEADERS, "市领导");
        groups.put(MANAGERS, "管理人员（只读监测）");
        groups.put(ADMINISTRATORS, "系统管理员");
        return groups;
    }
}
