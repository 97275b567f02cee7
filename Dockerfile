# Multi-stage build of the eligibility service. Runtime: Node 24 LTS, non-root, production deps only.
# NODE_IMAGE can point at a mirror; NODE_EXTRA_CA_CERTS lets npm trust an intercepting proxy CA.
ARG NODE_IMAGE=node
ARG NODE_TAG=24-bookworm-slim

FROM ${NODE_IMAGE}:${NODE_TAG} AS deps
WORKDIR /app
ARG NODE_EXTRA_CA_CERTS
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM ${NODE_IMAGE}:${NODE_TAG} AS build
WORKDIR /app
ARG NODE_EXTRA_CA_CERTS
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY data ./data
RUN npm run build

FROM ${NODE_IMAGE}:${NODE_TAG} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node data ./data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/src/server.js"]
