#pragma once
// The File > Open Recent menu: the last kMaxFiles projects opened or saved, newest
// first, kept in QSettings ("recentFiles") so every window and the next start share
// them. Files that no longer exist are pruned whenever the list is read. Owned by
// the main window.
#include <QObject>
#include <QStringList>

class QMenu;

namespace nw {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    // Existing files only, newest first; the stored list is pruned to them.
    QStringList files() const;
    void add(const QString& path);
    void clear();

Q_SIGNALS:
    void fileActivated(const QString& path);

private:
    void store(const QStringList& files) const;
    void rebuildMenu();

    QMenu* m_menu;
};

} // namespace nw
