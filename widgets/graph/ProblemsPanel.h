#pragma once
// Lists every message of the scene's latest compile: graph-wide ones first, then
// per node in model order. Clicking a message that belongs to a node selects that
// node and centres the views on it. Owned by the main window (a dock); follows the
// GraphScene it is given, which must outlive it or be reset with setGraphScene(nullptr).
#include <QListWidget>
#include <QPointer>

namespace nw {

class GraphScene;

class ProblemsPanel : public QListWidget {
    Q_OBJECT

public:
    // Data role holding the node id of a row (empty for graph-wide messages).
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    explicit ProblemsPanel(QWidget* parent = nullptr);

    void setGraphScene(GraphScene* scene);
    // Number of messages shown (the "no problems" row is not one).
    int problemCount() const { return m_problemCount; }

Q_SIGNALS:
    void nodeActivated(const QString& id);
    void problemCountChanged(int count);

private:
    void refresh();
    void activate(QListWidgetItem* item);

    QPointer<GraphScene> m_scene;
    QMetaObject::Connection m_compiled;
    int m_problemCount = 0;
};

} // namespace nw
