package cn.jiangmen.greenchannel.perf;

import cn.jiangmen.greenchannel.perf.EngineRest.Response;
import java.text.SimpleDateFormat;
import java.util.Date;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link EngineClient} over /engine-rest with HTTP Basic, one node. */
public class RestClient implements EngineClient {

    private final EngineRest rest;
    private final String admin;

    public RestClient(EngineRest rest, String admin) {
        this.rest = rest;
        this.admin = admin;
    }

    @Override
    public Started start(String user, String processKey, String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("variables", EngineRest.typed(variables));
        if (businessKey != null) {
            body.put("businessKey", businessKey);
        }
        Response r = check(rest.post(0, user, "/process-definition/key/" + processKey + "/start", body), "start");
        return new Started(r.json().get("id").asText(), r.json().get("businessKey").asText());
    }

    @Override
    public String findTask(String businessKey, String taskKey, String user) {
        Response r = check(rest.get(0, user, "/task?processInstanceBusinessKey=" + EngineRest.enc(businessKey)
                + "&taskDefinitionKey=" + taskKey + "&candidateUser=" + EngineRest.enc(user)
                + "&includeAssignedTasks=true&firstResult=0&maxResults=5"), "task query");
        if (r.json().size() > 1) {
            throw new IllegalStateException(businessKey + ": " + r.json().size() + " open tasks at " + taskKey);
        }
        return r.json().size() == 0 ? null : r.json().get(0).get("id").asText();
    }

    @Override
    public void complete(String taskId, String user, Map<String, Object> variables) {
        check(rest.post(0, user, "/task/" + taskId + "/complete", Map.of("variables", EngineRest.typed(variables))),
                "complete");
    }

    @Override
    public String findTimer(String processInstanceId, String activityId) {
        Response r = check(rest.get(0, admin, "/job?processInstanceId=" + processInstanceId + "&activityId=" + activityId
                + "&timers=true&firstResult=0&maxResults=5"), "job query");
        return r.json().size() == 0 ? null : r.json().get(0).get("id").asText();
    }

    @Override
    public void makeDue(String jobId) {
        String due = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date(System.currentTimeMillis() - 60_000));
        check(rest.put(0, admin, "/job/" + jobId + "/duedate", Map.of("duedate", due)), "due date");
    }

    @Override
    public List<OpenTask> openTasks(String businessKey) {
        return openTasks(rest, 0, admin, businessKey);
    }

    /** The project's open tasks with their candidates, as the administrator sees them. */
    static List<OpenTask> openTasks(EngineRest rest, int node, String admin, String businessKey) {
        Response tasks = check(rest.get(node, admin, "/task?processInstanceBusinessKey=" + EngineRest.enc(businessKey)
                + "&firstResult=0&maxResults=50"), "task query");
        List<OpenTask> out = new ArrayList<>();
        for (JsonNode t : tasks.json()) {
            String id = t.get("id").asText();
            Response links = check(rest.get(node, admin, "/task/" + id + "/identity-links?type=candidate"), "links");
            List<String> users = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (JsonNode l : links.json()) {
                if (l.hasNonNull("userId")) {
                    users.add(l.get("userId").asText());
                } else if (l.hasNonNull("groupId")) {
                    groups.add(l.get("groupId").asText());
                }
            }
            out.add(new OpenTask(id, t.get("taskDefinitionKey").asText(), users, groups));
        }
        return out;
    }

    @Override
    public long finishedInstances(String processKey, String businessKey) {
        return finishedInstances(rest, 0, admin, processKey, businessKey);
    }

    static long finishedInstances(EngineRest rest, int node, String admin, String processKey, String businessKey) {
        Response r = check(rest.get(node, admin, "/history/process-instance/count?processDefinitionKey=" + processKey
                + "&processInstanceBusinessKey=" + EngineRest.enc(businessKey) + "&finished=true"), "history count");
        return r.json().get("count").asLong();
    }

    static Response check(Response r, String what) {
        if (r.status() >= 200 && r.status() < 300) {
            return r;
        }
        if (RestJourneyRunner.isOptimisticLocking(r)) {
            throw new OptimisticLockingConflict(what + ": " + r.body());
        }
        throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
    }
}
