package org.svtracker.web.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.svtracker.domain.form.FormTokenRefused;

/** A create form without a usable one-time token created nothing: the user is asked to start the form again. */
@ControllerAdvice
class FormTokenAdvice {

    @ExceptionHandler(FormTokenRefused.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String formTokenRefused() {
        return "error/form-not-sent";
    }
}
