#pragma once
// One training run as the project keeps it: who it came from, the settings it ran
// with, its per-epoch history and its final metrics. RunStore writes it into the
// project's runs/ folder (run.json, history.csv, history.json, weights.safetensors);
// `netwright-cli runs` and the window's Runs view read it back. The format is in
// docs/FORMATS.md ("Runs").
#include "TrainingConfig.h"

#include "engine/TrainingReports.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nw {

struct RunRecord {
    static constexpr int kFormatVersion = 1;

    QString id; // "spiral-003": the project's file stem and a number never reused
    QString project; // the project file's name the run belongs to ("spiral.nwproj")
    QString name; // what the Runs view shows; "Run 3" unless renamed
    QString origin; // "cli" or "window"
    // The run it continued from (a resume or a branch) and the parent's epoch it
    // started at, 1-based; empty and 0 for a run that started from fresh weights.
    QString parent;
    int branchEpoch = 0;
    QDateTime started; // UTC
    double durationSeconds = 0.0;
    QString status; // "completed", "stopped", "early_stopped" or "diverged"
    TrainingConfig training;
    QString dataSpec;
    // What differs from the parent's settings (or, without a parent, from the run before
    // it): "optimizer.name: adam → sgd"; empty for the first run.
    QStringList changes;
    std::vector<EpochReport> history;
    std::optional<Evaluation> test; // on the test split after the run, when there is one

    // The last epoch's figures; -1 where there is none (no epoch, no accuracy, no validation).
    // "spiral-002@4": the run and epoch it continued from; `none` for a fresh start.
    QString originText(const QString& none) const
    {
        return parent.isEmpty() ? none : QStringLiteral("%1@%2").arg(parent).arg(branchEpoch);
    }
    float finalLoss() const;
    float finalAccuracy() const;
    float finalValidationLoss() const;
    float finalValidationAccuracy() const;

    QJsonObject toJson() const;
    // `place` names the file in messages ("runs/spiral-003/run.json").
    static std::optional<RunRecord> fromJson(const QJsonObject& json, const QString& place, QString* error);

    // "completed", "stopped", "early_stopped" or "diverged": as run.json and the CLI's JSON name it.
    static QString statusName(TrainingStatus status);

    // history.csv: a header line and one line per epoch, the same columns as history.json.
    QString historyCsv() const;
    // history.json: one object per epoch (epoch is 1-based; a missing figure is null).
    QJsonArray historyJson() const { return historyJson(history); }
    // The same for any run's reports: `netwright-cli train --json` prints its epochs so.
    static QJsonArray historyJson(const std::vector<EpochReport>& history);
    static std::optional<std::vector<EpochReport>> historyFromJson(
        const QJsonArray& json, const QString& place, QString* error);
};

} // namespace nw
