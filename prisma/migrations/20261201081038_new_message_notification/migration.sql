-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'NEW_MESSAGE';
