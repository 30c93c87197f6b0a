package cn.jiangmen.greenchannel.web.rest;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * JAX-RS exception mappers registered with Camunda's REST application (before Camunda's own, which
 * they fall back to): see {@link EngineRestErrors}.
 */
public final class EngineRestExceptionMappers {

    /** Registered ahead of Camunda's mappers for the same exception types. */
    public static final int PRIORITY = 1000;

    private EngineRestExceptionMappers() {
    }

    @Provider
    @Priority(PRIORITY)
    public static class RestExceptions implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException e) {
            return EngineRestErrors.badInput(e).orElseGet(() -> {
                Response original = camunda.toResponse(e);
                return original.getStatus() == 400 ? EngineRestErrors.invalidRequest(e) : original;
            });
        }
    }

    @Provider
    @Priority(PRIORITY)
    public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException e) {
            return EngineRestErrors.badInput(e).orElseGet(() -> camunda.toResponse(e));
        }
    }

    /** A BusinessRuleViolation that escaped a delegate unconverted would otherwise be a 500. */
    @Provider
    @Priority(PRIORITY)
    public static class RuleViolations implements ExceptionMapper<BusinessRuleViolation> {
        @Override
        public Response toResponse(BusinessRuleViolation e) {
            return EngineRestErrors.badInput(e).orElseThrow();
        }
    }

    @Provider
    @Priority(PRIORITY)
    public static class JsonParseErrors implements ExceptionMapper<JsonParseException> {
        private final JsonParseExceptionHandler camunda = new JsonParseExceptionHandler();

        @Override
        public Response toResponse(JsonParseException e) {
            return camunda.toResponse(e).getStatus() == 400 ? EngineRestErrors.malformed() : camunda.toResponse(e);
        }
    }

    @Provider
    @Priority(PRIORITY)
    public static class JsonMappingErrors implements ExceptionMapper<JsonMappingException> {
        private final JsonMappingExceptionHandler camunda = new JsonMappingExceptionHandler();

        @Override
        public Response toResponse(JsonMappingException e) {
            return camunda.toResponse(e).getStatus() == 400 ? EngineRestErrors.malformed() : camunda.toResponse(e);
        }
    }
}
