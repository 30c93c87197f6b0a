package cn.jiangmen.greenchannel.supervision;

import cn.jiangmen.greenchannel.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 404 for a report that does not exist. */
@RestControllerAdvice(basePackageClasses = SupervisionExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SupervisionExceptionHandler {

    @ExceptionHandler(ReportNotFound.class)
    public ResponseEntity<ApiError> notFound(ReportNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(e.code(), e.getMessage()));
    }
}
