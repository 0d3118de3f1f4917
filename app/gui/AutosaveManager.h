#pragma once
// Never lose work: keeps a copy of one window's document in a side file,
// <directory>/<key>.nwproj with its weights in <key>.safetensors and what it is a
// copy of in <key>.json, where the directory is AppDataLocation/autosave and the key
// a hash of the document's path (a random one while it is untitled). The window
// asks for a save every few minutes (autosaveDue(), QSettings
// "autosave/intervalMinutes", default 2) and when training ends; the side files are
// removed when the document is saved, closed cleanly, or a restore is declined.
//
// A running window holds <key>.lock (QLockFile), so side files without a live lock
// are the leftovers of a crash: orphans() lists them for the next start to offer.
// Writes are atomic (ProjectFile and SafetensorsFile save through QSaveFile).
// saveInBackground() writes on the background pool (the GUI thread never writes a
// run's weights); saves never overlap: a request made while one is writing waits for
// it, only the newest waiting one is written. Owned by the window's DocumentFiles.
#include "engine/Tensor.h"
#include "io/Project.h"
#include "io/SafetensorsFile.h"
#include "training/BackgroundWatcher.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace nw {

class AutosaveManager : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMinutes = 2;

    struct Recovery {
        QString key;
        QString projectPath;  // the side file
        QString originalPath; // the document's file, empty when it was untitled
        QString originalWeights; // the document's weights path as stored
        QString name;
        QDateTime saved;
    };

    explicit AutosaveManager(QObject* parent = nullptr);
    ~AutosaveManager() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    void setDirectory(const QString& directory);

    // 0 turns the timer off.
    void setIntervalMinutes(int minutes);
    // The same to the millisecond: the crash tests autosave every few hundred.
    void setInterval(std::chrono::milliseconds interval);
    int intervalMs() const { return m_timer.interval(); }
    bool isTimerActive() const { return m_timer.isActive(); }

    // The document now lives at `path` (empty: untitled): the side files move to the new key.
    void setDocumentPath(const QString& path);
    QString key() const { return m_key; }
    QString sideFile() const;

    // Writes the side files now, after any background save.
    bool save(const Project& project, const QString& originalPath, const SafetensorsContents& weights,
        QString* error);
    // The same on the background pool, from copies; backgroundSaveFinished() reports it.
    void saveInBackground(Project project, QString originalPath, SafetensorsContents weights);
    bool isSavingInBackground() const { return m_writing.isRunning() || m_waiting.has_value(); }
    // Removes this window's side files (after a background save that is writing, and
    // instead of one that waits).
    void discard();
    bool hasSideFile() const;

    // Side files no running window holds, newest first.
    QVector<Recovery> orphans() const;
    // Reads a side file back; the project's weights path is the original one.
    static bool read(const Recovery& recovery, Project* project, SafetensorsContents* weights,
        QString* error);
    // Deletes a side file and its companions.
    void remove(const Recovery& recovery) const;

Q_SIGNALS:
    void autosaveDue();
    // A background save ended: `error` is empty when it was written.
    void backgroundSaveFinished(const QString& error);

private:
    // One save: what to write and where (computed on the GUI thread, written anywhere).
    struct Request {
        Project project;
        QString originalPath;
        SafetensorsContents weights; // tensors and their metadata (the nodes' origins)
        QString directory, projectFile, weightsFile, infoFile;
    };
    Request request(Project project, QString originalPath, SafetensorsContents weights) const;
    static QString write(const Request& request); // the error, empty on success
    void startWriting(Request request);
    void onWritten();
    void waitForBackgroundSave();

    QString filePath(const QString& key, const QString& suffix) const;
    void removeKey(const QString& key) const;
    void lockKey();

    QString m_directory;
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    BackgroundWatcher<QString> m_writing;
    std::optional<Request> m_waiting; // the newest request made while one was writing
};

} // namespace nw
