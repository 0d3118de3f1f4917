#include "PathEdit.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace nw {

PathEdit::PathEdit(Mode mode, QString dialogTitle, QString nameFilter, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_dialogTitle(std::move(dialogTitle))
    , m_nameFilter(std::move(nameFilter))
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
{
    m_edit->setPlaceholderText(mode == Mode::Directory ? tr("Choose a folder") : tr("Choose a file"));
    m_edit->setClearButtonEnabled(true);
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(m_dialogTitle);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &PathEdit::commit);
    connect(m_browse, &QToolButton::clicked, this, &PathEdit::browse);
}

QString PathEdit::path() const
{
    return m_edit->text().trimmed();
}

void PathEdit::showPath(const QString& path)
{
    m_edit->setText(path);
    m_committed = path.trimmed();
}

void PathEdit::setPath(const QString& path)
{
    m_edit->setText(path);
    commit();
}

void PathEdit::commit()
{
    const QString now = path();
    if (now == m_committed)
        return;
    m_committed = now;
    Q_EMIT pathChanged(now);
}

void PathEdit::browse()
{
    QString start = path().isEmpty() ? m_baseDirectory : QDir(m_baseDirectory).absoluteFilePath(path());
    const QString chosen = m_mode == Mode::Directory
        ? QFileDialog::getExistingDirectory(this, m_dialogTitle, start)
        : QFileDialog::getOpenFileName(this, m_dialogTitle, start, m_nameFilter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace nw
