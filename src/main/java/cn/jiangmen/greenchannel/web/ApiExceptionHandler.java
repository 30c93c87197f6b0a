package cn.jiangmen.greenchannel.web;

import cn.jiangmen.greenchannel.common.BusinessRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps refusals of our own endpoints to 400/403 with a stable code and a Chinese message. */
@RestControllerAdvice
public class ApiExceptionHandler {

    @ExceptionHandler(BusinessRuleViolation.class)
    public ResponseEntity<ApiError> badInput(BusinessRuleViolation e) {
        return ResponseEntity.badRequest().body(new ApiError(e.code(), e.chineseMessage()));
    }

    @ExceptionHandler(AccessDenied.class)
    public ResponseEntity<ApiError> forbidden(AccessDenied e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(e.code(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ApiError> malformed(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new ApiError("GC-REQ-001", "请求内容格式错误，无法解析"));
    }
}
