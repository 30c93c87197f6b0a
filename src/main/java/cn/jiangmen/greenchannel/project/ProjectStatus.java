package cn.jiangmen.greenchannel.project;

/** One value at a time (domain.md §10.17). Final states always carry a recorded reason. */
public enum ProjectStatus {
    LEAD("线索"),
    NEGOTIATING("洽谈中"),
    REVIEWING("评审中"),
    SIGNED("已签约"),
    REGISTERED("已注册"),
    LAND_SUPPLIED("已供地"),
    UNDER_CONSTRUCTION("建设中"),
    COMPLETED("已竣工"),
    IN_PRODUCTION("已投产"),
    EVALUATING("达产复核中"),
    BREACH_RECOVERY("违约追偿"),
    IN_TRANSFER("流转中"),
    SUSPENDED("暂停"),
    DROPPED("研判放弃"),
    ABANDONED("投资方放弃"),
    NOT_INTRODUCED("不予引进"),
    LOST("流失"),
    STOPPED("终止"),
    CLOSED("已办结");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return switch (this) {
            case DROPPED, ABANDONED, NOT_INTRODUCED, LOST, STOPPED, CLOSED -> true;
            default -> false;
        };
    }
}
