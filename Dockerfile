# A small image with svclint alone: Debian 12 slim, the .deb built here,
# and libcurl for `svclint registry update`.
#
#   docker build -t svclint .
#   docker run --rm -v "$PWD:/work" -w /work svclint lint .
#   docker run --rm svclint check _http._tcp
#
# UNTESTED: it was written where no docker engine was available; the steps
# are those of `./dev.sh package` and the package test (tests/dist/).
FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN rm -rf build && ./dev.sh package

FROM debian:12-slim
COPY --from=build /src/build/svclint_*.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/svclint_*.deb \
      libcurl4 ca-certificates \
 && rm -rf /var/lib/apt/lists/* /tmp/svclint_*.deb
ENTRYPOINT ["svclint"]
CMD ["--help"]
