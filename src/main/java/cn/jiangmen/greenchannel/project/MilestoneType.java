package cn.jiangmen.greenchannel.project;

/** Dated milestones of the closed loop (domain.md §2), one row each on the project record. */
public enum MilestoneType {
    LEAD_REGISTERED("线索登记"),
    LEAD_ACKNOWLEDGED("线索确认"),
    LEAD_JUDGED("线索研判"),
    COMMISSIONER_APPOINTED("指定服务专员"),
    NEGOTIATION_AGREED("达成投资意向"),
    REVIEW_DECIDED("联合评审决定"),
    SIGNED("签约");

    private final String label;

    MilestoneType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
