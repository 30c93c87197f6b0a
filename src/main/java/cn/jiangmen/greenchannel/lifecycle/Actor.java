package cn.jiangmen.greenchannel.lifecycle;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting: the engine's current authentication (REST, Tasklist), or null for the system. */
final class Actor {

    private Actor() {
    }

    static String of(IdentityService identityService) {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
