# One image per service, built from the repo: docker-compose passes SERVICE (ingest-service, enrich-service,
# search-service).
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/service.jar
USER 1000
ENTRYPOINT ["java", "-Xmx256m", "-jar", "/app/service.jar"]
