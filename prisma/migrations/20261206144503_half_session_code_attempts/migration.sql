-- AlterTable
ALTER TABLE "AdminSession" ADD COLUMN     "codeAttempts" INTEGER NOT NULL DEFAULT 0;
