package cn.jiangmen.greenchannel.supervision;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/assessments/{year}}: the counties ranked (年考核). City readers see every county;
 * a county bureau sees its own county's row (with its rank) only.
 */
@RestController
@RequestMapping("/api/assessments")
public class AssessmentController {

    private final AssessmentService assessments;
    private final ReportAccess access;

    public AssessmentController(AssessmentService assessments, ReportAccess access) {
        this.assessments = assessments;
        this.access = access;
    }

    @GetMapping("/{year:\\d{4}}")
    public AssessmentService.Assessment year(@PathVariable("year") int year) {
        ReportAccess.Scope scope = access.scope();
        AssessmentService.Assessment all = assessments.assess(year);
        if (scope.all()) {
            return all;
        }
        return new AssessmentService.Assessment(all.year(), all.weights(),
                all.counties().stream().filter(c -> scope.allows(c.county())).toList());
    }
}
