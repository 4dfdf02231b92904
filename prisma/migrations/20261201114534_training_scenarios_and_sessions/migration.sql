-- CreateTable
CREATE TABLE "Scenario" (
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "workplace" TEXT NOT NULL,
    "titleDa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "teaserDa" TEXT NOT NULL,
    "teaserEn" TEXT NOT NULL,
    "narrativeDa" TEXT NOT NULL,
    "narrativeEn" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "expectedRule" TEXT NOT NULL,
    "expectedPrimary" "BodyKey" NOT NULL,
    "expectedAlso" "BodyKey"[],
    "expectedDuties" TEXT[],
    "firstInstinctDa" TEXT,
    "firstInstinctEn" TEXT,
    "learningPoints" JSONB NOT NULL,
    "discussionQuestions" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "controlTokenHash" TEXT NOT NULL,
    "scenarioSlug" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingVoter" (
    "sessionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "voterHash" TEXT NOT NULL,

    CONSTRAINT "TrainingVoter_pkey" PRIMARY KEY ("sessionId","question","voterHash")
);

-- CreateTable
CREATE TABLE "TrainingTally" (
    "sessionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TrainingTally_pkey" PRIMARY KEY ("sessionId","question","choice")
);

-- CreateIndex
CREATE INDEX "Scenario_workplace_idx" ON "Scenario"("workplace");

-- CreateIndex
CREATE INDEX "Scenario_expectedRule_idx" ON "Scenario"("expectedRule");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingSession_code_key" ON "TrainingSession"("code");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingSession_controlTokenHash_key" ON "TrainingSession"("controlTokenHash");

-- CreateIndex
CREATE INDEX "TrainingSession_expiresAt_idx" ON "TrainingSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_scenarioSlug_fkey" FOREIGN KEY ("scenarioSlug") REFERENCES "Scenario"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingVoter" ADD CONSTRAINT "TrainingVoter_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTally" ADD CONSTRAINT "TrainingTally_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
