package cn.jiangmen.greenchannel.project;

/** Dated milestones of the closed loop (domain.md §2), one row each on the project record. */
public enum MilestoneType {
    LEAD_REGISTERED("线索登记"),
    LEAD_ACKNOWLEDGED("线索确认"),
    LEAD_JUDGED("线索研判"),
    COMMISSIONER_APPOINTED("指定服务专员"),
    NEGOTIATION_AGREED("达成投资意向"),
    REVIEW_DECIDED("联合评审决定"),
    SIGNED("签约"),
    REGISTERED("注册"),
    STAGE1_APPROVED("立项用地规划许可"),
    LAND_SUPPLIED("供地"),
    STAGE2_APPROVED("工程建设许可"),
    STAGE3_APPROVED("施工许可"),
    CONSTRUCTION_STARTED("开工"),
    COMPLETED("竣工"),
    STAGE4_APPROVED("竣工验收"),
    IN_PRODUCTION("投产"),
    EVALUATED("达产复核"),
    BREACH_DECIDED("违约处理决定");

    private final String label;

    MilestoneType(String label) {
        this.label = label;
    }

    /** The milestone of an approved stage 1–4. */
    public static MilestoneType stageApproved(int stage) {
        return valueOf("STAGE" + stage + "_APPROVED");
    }

    public String label() {
        return label;
    }
}
