package cn.jiangmen.greenchannel.perf;

import cn.jiangmen.greenchannel.perf.EngineRest.Response;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.LinkedHashMap;
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

    private static Response check(Response r, String what) {
        if (r.status() >= 200 && r.status() < 300) {
            return r;
        }
        if (RestJourneyRunner.isOptimisticLocking(r)) {
            throw new OptimisticLockingConflict(what + ": " + r.body());
        }
        throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
    }
}
