# Bounce Back: one bot instance. Build: docker build -t bounce-back .   Run: docker run -p 3978:3978 -v bounce-back-data:/app/data bounce-back
# (docker-compose.yml runs two behind nginx)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY dialogs dialogs
COPY content content
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3978
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY public public
# Served as /logo.png: start-up reads it, and fails without it.
COPY appPackage/color.png appPackage/color.png
# The default store (DATABASE_URL sqlite:./data/bounce-back.db) and the generated token key live in /app/data. /app is root's,
# so the folder is made node's; a named volume mounted there starts with that owner and keeps the data across containers.
RUN mkdir /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3978
# Straight to node, not npm start: that would compile again, and npm does not pass SIGTERM on for a clean shutdown.
CMD ["node", "dist/src/index.js"]
