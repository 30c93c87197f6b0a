package cn.jiangmen.greenchannel.project;

import cn.jiangmen.greenchannel.audit.AuditEntries;
import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import cn.jiangmen.greenchannel.web.AccessDenied;
import cn.jiangmen.greenchannel.web.CurrentUser;
import cn.jiangmen.greenchannel.web.NotFound;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project record over our API, under the same access rule as the engine ({@link ProjectAccess}).
 * An unknown code answers 404 (GC-PRJ-404); a project the user may not read answers 403
 * (GC-AUTH-403) without any of its data — project codes are sequential, so their existence is no
 * secret, and a clear refusal is easier to support than a pretended absence.
 */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {

    private static final Pattern CODE = Pattern.compile("JM\\d{4}-\\d{5}");

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final AuditEntries auditEntries;
    private final CurrentUser currentUser;

    public ProjectController(ProjectRepository projects, ProjectAccess access, AuditEntries auditEntries,
            CurrentUser currentUser) {
        this.projects = projects;
        this.access = access;
        this.auditEntries = auditEntries;
        this.currentUser = currentUser;
    }

    @GetMapping("/{code}")
    public ProjectView project(@PathVariable("code") String code) {
        return ProjectView.of(readable(code));
    }

    /** The project's audit trail, newest first (city centre and administrators, §10.15). */
    @GetMapping("/{code}/audit")
    public List<AuditEntries.Entry> audit(@PathVariable("code") String code,
            @RequestParam(name = "limit", defaultValue = "100") int limit) {
        if (!access.canReadAudit(currentUser.groupIds())) {
            throw new AccessDenied("GC-AUTH-403", "只有市投资促进中心和系统管理员可以查看审计记录");
        }
        readable(code);
        return auditEntries.forProject(code, limit);
    }

    private Project readable(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessRuleViolation("GC-PRJ-400", "项目编号格式无效，应为 JM年份-五位序号（如 JM2026-00042）");
        }
        Project project = projects.find(code).orElseThrow(() -> new NotFound("GC-PRJ-404", "项目不存在：" + code));
        if (!access.canRead(project, currentUser.groupIds())) {
            throw new AccessDenied("GC-AUTH-403", "无权查看该项目");
        }
        return project;
    }
}
