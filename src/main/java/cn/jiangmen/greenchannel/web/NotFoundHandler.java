package cn.jiangmen.greenchannel.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps {@link NotFound} of our own endpoints to 404 {code, message}. */
@RestControllerAdvice
public class NotFoundHandler {

    @ExceptionHandler(NotFound.class)
    public ResponseEntity<ApiError> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(e.code(), e.getMessage()));
    }
}
