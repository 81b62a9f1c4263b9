# The API and the indexer share this image; docker-compose.yml runs both. (Not built on the project's machines:
# they have no Docker engine.)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The web application is built here (Vite is a development dependency) and served from dist/web.
RUN npm run build:web && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/schema ./schema
COPY --from=build /app/seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
