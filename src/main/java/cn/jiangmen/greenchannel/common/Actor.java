package cn.jiangmen.greenchannel.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting: the engine's current authentication (REST, Tasklist), or null for the system. */
public final class Actor {

    private Actor() {
    }

    public static String of(IdentityService identityService) {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
