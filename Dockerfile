# One image for every Signaalspoor service; the command picks the app.
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:all && npm prune --omit=dev

FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# the key dir (SIGNAALSPOOR_KEY_DIR): a volume of its own, writable by the app (KEK rotation)
RUN mkdir -p /app/keys && chown node:node /app/keys
USER node
