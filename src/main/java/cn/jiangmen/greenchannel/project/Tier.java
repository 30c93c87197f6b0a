package cn.jiangmen.greenchannel.project;

/** Project tier (domain.md §3); the thresholds live in the {@code project-tier} decision. */
public enum Tier {
    MAJOR("重大项目"),
    LEDGER("亿元以上项目"),
    GENERAL("一般项目");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
