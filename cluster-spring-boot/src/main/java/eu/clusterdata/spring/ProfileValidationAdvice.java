package eu.clusterdata.spring;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.model.validation.ProfileValidator;
import jakarta.validation.Valid;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks a {@code @Valid} (or {@code @Validated}) {@code @RequestBody ClusterProfile} with the
 * application's {@link ProfileValidator}: a profile with errors is refused with the library's
 * {@link eu.clusterdata.model.validation.InvalidProfileException}, which {@link
 * ProfileProblemAdvice} answers with a problem detail (or an application's own handler, if it has
 * one). Bodies without {@code @Valid} are left alone.
 */
@ControllerAdvice
public class ProfileValidationAdvice extends RequestBodyAdviceAdapter {

  private final IntegrityPolicy policy;

  public ProfileValidationAdvice(ProfileValidator validator) {
    this.policy = IntegrityPolicy.checkedBy(validator);
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return ClusterProfile.class.isAssignableFrom(parameter.getParameterType())
        && (parameter.hasParameterAnnotation(Valid.class)
            || parameter.hasParameterAnnotation(Validated.class));
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return policy.require((ClusterProfile) body);
  }
}
