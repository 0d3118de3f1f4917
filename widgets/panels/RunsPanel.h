#pragma once
// The Runs view: the project's runs as a table (name, the run and epoch it started
// from, what changed against its parent, epochs, final figures, duration), a
// "Show" box per run that overlays its curves on the charts in the run's colour,
// the memory the kept snapshots use, and, when two runs are selected, a table of
// the settings and figures in which they differ. A view: RunsController fills it
// and listens to it. A double-click on a name renames the run.
#include "io/RunRecord.h"

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace nw {

struct RunsPanelRow {
    RunRecord record;
    QColor colour;
    bool overlaid = false;
    bool saved = true; // written into runs/ (an untitled project's wait for its first save)
};

class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(QWidget* parent = nullptr);

    void setRuns(const QVector<RunsPanelRow>& rows, const QString& memoryText);
    QTableWidget* table() const { return m_table; }
    QTableWidget* comparison() const { return m_comparison; }
    QStringList selectedIds() const;
    void selectRuns(const QStringList& ids);

Q_SIGNALS:
    void overlayToggled(const QString& id, bool on);
    // The user edited a run's name in the table.
    void renameRequested(const QString& id, const QString& name);
    // The run whose epochs the timeline scrubs: the one clicked last.
    void currentRunChanged(const QString& id);

private:
    enum Column { Show, Name, From, Changes, Epochs, Loss, ValidationAccuracy, TestAccuracy, Duration, ColumnCount };
    void showComparison();

    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_comparisonTitle;
    QTableWidget* m_comparison;
    QVector<RunsPanelRow> m_rows;
    bool m_filling = false;
};

} // namespace nw
