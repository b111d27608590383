# Bounce Back: one bot instance. Build: docker build -t bounce-back .   (docker-compose.yml runs two behind nginx)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY dialogs dialogs
COPY content content
COPY scripts scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3978
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY public public
USER node
EXPOSE 3978
# Straight to node, not npm start: that would compile again, and npm does not pass SIGTERM on for a clean shutdown.
CMD ["node", "dist/src/index.js"]
