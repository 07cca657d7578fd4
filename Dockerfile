# One image for every Signaalspoor service; the command picks the app.
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:all && npm prune --omit=dev

FROM node:20.20.2-bookworm-slim
# glibc's malloc, as `npm start` sets it (see operations.md, "Memory"): MALLOC_ARENA_MAX, its
# per-thread arenas kept ~150 MB more RSS under concurrent uploads; MALLOC_MMAP_THRESHOLD_, blocks of
# 256 KB and more (chunks, photos, decoded images) are mapped on their own and go back to the system
# when freed, instead of staying in the heap (~60 MB less at the peak of a burst of uploads)
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=262144 \
    SIGNAALSPOOR_DATA_DIR=/var/lib/signaalspoor/data \
    SIGNAALSPOOR_CHECKPOINT_DIR=/var/lib/signaalspoor/checkpoints \
    SIGNAALSPOOR_KEY_DIR=/var/lib/signaalspoor/keys
# The code stays root's and read-only to the app; the app writes only to its three volumes, each its
# own, owned by the user it runs as: the data dir (the embedded PostgreSQL of the all-in-one app), the
# signed checkpoints (audit service, all-in-one app), and the key dir (the person keys' KEK generations,
# rotated on every erasure, and generated keys outside production; never inside the data dir). See docs/operations.md, "Containers".
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /var/lib/signaalspoor/data /var/lib/signaalspoor/checkpoints /var/lib/signaalspoor/keys \
 && chown node:node /var/lib/signaalspoor/data /var/lib/signaalspoor/checkpoints /var/lib/signaalspoor/keys \
 && chmod 0700 /var/lib/signaalspoor/data /var/lib/signaalspoor/checkpoints /var/lib/signaalspoor/keys
VOLUME ["/var/lib/signaalspoor/data", "/var/lib/signaalspoor/checkpoints", "/var/lib/signaalspoor/keys"]
USER node
