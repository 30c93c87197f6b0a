package cn.jiangmen.greenchannel.lead;

import java.time.LocalDate;

/** One progress report of a pursued lead until signing (§10.18), as checked on the server. */
public record LeadProgressReport(String summary, String nextStep, LocalDate expectedSigningOn) {
}
