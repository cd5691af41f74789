package news.search.api;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads {@link FilterParams} straight from the query string. Spring's data binding of the record (constructor
 * lookup, conversion service, binding result) took about a tenth of search-service's CPU per search (JFR,
 * docs/BENCHMARKS.md) for a dozen plain string parameters, so they are read by hand.
 */
@Configuration(proxyBeanMethods = false)
class FilterParamsResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == FilterParams.class;
	}

	@Override
	public FilterParams resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return FilterParams.of(request::getParameterValues);
	}
}
