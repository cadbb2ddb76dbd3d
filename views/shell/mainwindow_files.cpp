// MainWindow's File menu: new, open, recent, samples, save, save as, export, and crash recovery.

#include "mainwindow.h"

#include "views/canvas/diagramexport.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/style.h"
#include "views/workbench/lastfolder.h"
#include "views/workbench/documentsession.h"
#include "exportdialog.h"
#include "model/export/exporter.h"
#include "model/import/designloader.h"
#include "model/document.h"
#include "model/layout.h"
#include "model/nativefile.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace skydraft {

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    // SkyDraft's own flat icons: a desktop theme's, or the style's glossy ones, beside the
    // designer's flat icons would mix two styles on one toolbar.
    auto onToolBar = [](QAction *a, const QString &icon) {
        a->setIcon(Style::actionIcon(icon));
        a->setProperty("toolbar", true);
    };
    QAction *create = m_fileMenu->addAction(tr("&New"), this, &MainWindow::newFile);
    create->setShortcut(QKeySequence::New);
    onToolBar(create, u"new"_s);
    QAction *open = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    onToolBar(open, u"open"_s);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    m_samplesMenu = m_fileMenu->addMenu(tr("Open &Sample"));
    for (const QString &path : samplePaths()) {
        const LoadResult loaded = NativeFile::load(path);
        const QString title = loaded.ok() && !loaded.document->title().isEmpty() ? loaded.document->title()
                                                                                  : QFileInfo(path).baseName();
        m_samplesMenu->addAction(title, this, [this, path] { openFromMenu(path); });
    }
    m_fileMenu->addSeparator();
    QAction *saveAction = m_fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    onToolBar(saveAction, u"save"_s);
    QAction *saveAsAction = m_fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    // Not every desktop defines Save As (only GNOME's does): Ctrl+Shift+S elsewhere.
    saveAsAction->setShortcut(QKeySequence(QKeySequence::SaveAs).isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)
                                                                             : QKeySequence(QKeySequence::SaveAs));
    m_fileMenu->addSeparator();
    QAction *exportAction = m_fileMenu->addAction(tr("&Export Diagram…"), this, &MainWindow::exportDiagram);
    exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    // The design for other tools, as `skydraft export --to ...` writes it.
    QMenu *exportTo = m_fileMenu->addMenu(tr("Export &Design To"));
    exportTo->setObjectName(u"exportDesignMenu"_s);
    const QList<std::pair<QString, QString>> targets = {
        {u"cloudformation"_s, tr("&CloudFormation Template…")},
        {u"terraform"_s, tr("&Terraform…")},
        {u"drawio"_s, tr("&draw.io Diagram…")}};
    for (const auto &[to, label] : targets) {
        QAction *a = exportTo->addAction(label, this, [this, to = to] { exportDesign(to); });
        a->setObjectName(u"export-"_s + to);
    }
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        // &1..&9, then 0 for the tenth: a keyboard accelerator for each.
        // A "&" in a path is a letter, not an accelerator; a long path keeps both its ends.
        QString shown = QDir::toNativeSeparators(path);
        if (shown.size() > 70)
            shown = shown.left(30) + u"…"_s + shown.right(39);
        const QString label = u"&%1  %2"_s.arg((i + 1) % 10).arg(shown.replace(u'&', u"&&"_s));
        m_recentMenu->addAction(label, this, [this, path] { openFromMenu(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentFiles::clear(); });
}

bool MainWindow::openFile(const QString &path, QString *error, const LoadOptions &options)
{
    LoadResult loaded = DesignLoader::load(path, options);
    if (!loaded.ok()) {
        // Every problem, one line each (the first few): fixing a file one error per attempt
        // is slow.
        QStringList lines;
        for (const Diagnostic &d : loaded.errors.mid(0, 8))
            lines.append(d.format());
        if (loaded.errors.size() > 8)
            lines.append(tr("… and %n more error(s)", nullptr, int(loaded.errors.size() - 8)));
        const QString message = lines.isEmpty() ? tr("%1: cannot open").arg(path) : lines.join(u'\n');
        if (error)
            *error = message;
        tellStatus(lines.isEmpty() ? message : lines.first());
        return false;
    }
    if (!maybeSave()) {
        if (error)
            error->clear();
        return false;
    }
    // A design without a layout (hand-written, a template, the built-in samples) is laid out.
    Layout::applyMissing(*loaded.document);
    // Samples and imported templates are not where the design gets saved: Save asks where.
    const bool sample = path.startsWith(u":/"_s);
    const bool native = NativeFile::looksNative(loaded.text);
    const QFileInfo info(path);
    QString suggested;
    if (!sample && !native)
        suggested = info.absolutePath() + u'/' + info.completeBaseName() + u".skydraft"_s;
    else if (sample)
        suggested = QDir::home().filePath(info.fileName());
    const bool untitled = sample || !native;
    const QList<Diagnostic> notes = loaded.notes;
    const auto positions = loaded.positions;
    m_session->reset(std::move(loaded.document), untitled ? QString() : info.absoluteFilePath(), suggested);
    if (!sample)
        RecentFiles::add(path);
    // What the importer left out or assumed, in its panel; a design has no report.
    m_importReport->setReport(native ? QString() : info.fileName(), notes, document(), positions);
    if (!native && !notes.isEmpty()) {
        m_importDock->show();
        m_importDock->raise();
        tellStatus(tr("Imported %n resource(s) from %1; the Import Report lists what was left out or assumed.", nullptr,
                      document()->count())
                       .arg(info.fileName()));
    } else {
        if (native)
            m_importDock->hide();
        tellStatus(native ? tr("Opened %1").arg(info.fileName())
                          : tr("Imported %n resource(s) from %1.", nullptr, document()->count()).arg(info.fileName()));
    }
    showDesign();
    return true;
}

bool MainWindow::openAsking(const QString &path)
{
    LoadOptions options;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray text = file.read(16 * 1024 * 1024);
        if (DesignLoader::looksLikeCloudFormation(text)) {
            const QList<TemplateParameter> parameters = templateParameters(text);
            if (!parameters.isEmpty()) {
                const QString name = QFileInfo(path).fileName();
                std::optional<QHash<QString, QString>> values;
                if (m_askParameters) {
                    values = m_askParameters(name, parameters);
                } else {
                    ParametersDialog dialog(name, parameters, this);
                    if (dialog.exec() == QDialog::Accepted)
                        values = dialog.values();
                }
                if (!values) {
                    tellStatus(tr("Import of %1 cancelled.").arg(name));
                    return false;
                }
                options.parameters = *values;
            }
        }
    }
    QString error;
    if (openFile(path, &error, options))
        return true;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open design"), error);
    return false;
}

void MainWindow::openDialog()
{
    const QString path = LastFolder::openFileName(
        this, tr("Open Design"),
        tr("Designs and templates (*.skydraft *.json *.yaml *.yml *.template);;SkyDraft designs (*.skydraft);;"
           "CloudFormation templates (*.json *.yaml *.yml *.template);;All files (*)"));
    if (!path.isEmpty())
        openFromMenu(path);
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    m_session->reset(std::make_unique<Document>(), {});
    tellStatus(tr("New design"));
}

void MainWindow::commitPendingEdit()
{
    // A field being typed in (the inspector's) writes when it is left: leave it and come back,
    // so what is on screen is in the design before it is saved or closed.
    QPointer<QWidget> focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        return;
    focus->clearFocus();
    if (focus)
        focus->setFocus();
}

bool MainWindow::maybeSave()
{
    commitPendingEdit();
    if (!m_session->isModified())
        return true;
    const QString name = m_session->displayName();
    const QMessageBox::StandardButton answer = m_askSaveChanges
        ? m_askSaveChanges(name)
        : QMessageBox::warning(this, tr("Unsaved Changes"),
                               tr("Save the changes to \"%1\" before closing it?").arg(name),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_session->discardRecovery();
        return true;
    }
    return false;
}

bool MainWindow::save()
{
    if (m_session->isUntitled())
        return saveAs();
    QString error;
    if (saveTo(m_session->path(), &error))
        return true;
    QMessageBox::warning(this, tr("Cannot save design"), error);
    return false;
}

bool MainWindow::saveAs()
{
    // A design saved before: where it is. A new one, a sample or an import: its suggested
    // name in the last folder used.
    QString suggested = m_session->suggestedPath();
    if (m_session->isUntitled() || suggested.isEmpty())
        suggested = LastFolder::suggest(suggested.isEmpty() ? tr("untitled") + u".skydraft"_s : QFileInfo(suggested).fileName());
    QString path = m_askSavePath
        ? m_askSavePath(suggested)
        : LastFolder::saveFileName(this, tr("Save Design As"), suggested, tr("SkyDraft designs (*.skydraft)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".skydraft"_s;
    QString error;
    if (saveTo(path, &error))
        return true;
    QMessageBox::warning(this, tr("Cannot save design"), error);
    return false;
}

bool MainWindow::saveTo(const QString &path, QString *error)
{
    commitPendingEdit();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_session->saveAs(absolute, error))
        return false;
    RecentFiles::add(absolute);
    LastFolder::remember(absolute);
    tellStatus(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool MainWindow::exportDesign(const QString &to, QString path, QString *error)
{
    if (!document())
        return false;
    if (path.isEmpty()) {
        const QString base = m_session->isUntitled() ? m_session->displayName() : QFileInfo(m_session->path()).completeBaseName();
        const auto [suggested, filter] = to == u"terraform"_s
            ? std::pair{base + u".tf"_s, tr("Terraform (*.tf)")}
            : to == u"drawio"_s ? std::pair{base + u".drawio"_s, tr("draw.io diagrams (*.drawio)")}
                                : std::pair{base + u".yaml"_s, tr("CloudFormation templates (*.yaml *.yml *.json)")};
        path = LastFolder::saveFileName(this, tr("Export Design"), suggested, filter);
        if (path.isEmpty())
            return false;
    }
    const std::optional<exchange::ExportFormat> format = exchange::Exporter::formatFor(to, path);
    QString message;
    QStringList notes;
    bool ok = false;
    if (!format) {
        message = tr("Cannot export to %1").arg(to);
    } else {
        ok = exchange::Exporter::write(exchange::Exporter::files(*document(), *format, path, &notes), &message);
    }
    if (!ok) {
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Cannot export design"), message);
        return false;
    }
    // What the format cannot carry is said, not silently dropped.
    tellStatus(notes.isEmpty() ? tr("Exported %1").arg(QDir::toNativeSeparators(path))
                                             : tr("Exported %1 (%n note(s): what the format cannot carry)", nullptr, int(notes.size()))
                                                   .arg(QDir::toNativeSeparators(path)));
    m_lastExportNotes = notes;
    return true;
}

void MainWindow::exportDiagram()
{
    ExportDialog options(!m_scene->selectedItems().isEmpty(), this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString suffix = DiagramExport::suffix(options.format());
    const QString base = m_session->isUntitled() ? m_session->displayName() : QFileInfo(m_session->path()).completeBaseName();
    QString path = LastFolder::saveFileName(this, tr("Export Diagram"), base + u'.' + suffix,
                                            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    QString error;
    if (!DiagramExport::write(*m_scene, path, options.format(), options.scale(), options.selectionOnly(), &error)) {
        QMessageBox::warning(this, tr("Cannot export diagram"), error);
        return;
    }
    tellStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

QList<RecoveryFile> MainWindow::recoverableFiles() { return Recovery::recoverable(); }

bool MainWindow::restore(const RecoveryFile &file, QString *error)
{
    LoadResult loaded = NativeFile::load(file.design);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errors.isEmpty() ? tr("%1: cannot open").arg(file.design) : loaded.errors.first().format();
        return false;
    }
    // Back as unsaved changes to the file it came from (or untitled), in this session's
    // recovery file from now on.
    m_session->reset(std::move(loaded.document), file.originalPath, {}, true);
    Recovery::discard(file);
    m_session->autosave();
    showDesign();
    tellStatus(tr("Recovered %1").arg(file.name));
    return true;
}

bool MainWindow::offerRecovery()
{
    const QList<RecoveryFile> files = recoverableFiles();
    if (files.isEmpty())
        return false;
    const RecoveryFile &newest = files.first();
    bool wanted = false;
    if (m_askRecover) {
        wanted = m_askRecover(newest);
    } else {
        // Discarding deletes the autosaved copy for good: say so, and let Esc keep it for the
        // next start instead.
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                        tr("SkyDraft did not close normally. Open the unsaved changes to \"%1\" from %2?")
                            .arg(newest.name, QLocale().toString(newest.savedAt, QLocale::ShortFormat)),
                        QMessageBox::Open | QMessageBox::Discard | QMessageBox::Ignore, this);
        box.setInformativeText(tr("Discard deletes them for good; Ignore keeps them for the next start."));
        box.setDefaultButton(QMessageBox::Open);
        box.setEscapeButton(QMessageBox::Ignore);
        const int answer = box.exec();
        if (answer == QMessageBox::Ignore)
            return false;
        wanted = answer == QMessageBox::Open;
    }
    if (!wanted) {
        Recovery::discard(newest);
        return false;
    }
    QString error;
    if (restore(newest, &error))
        return true;
    QMessageBox::warning(this, tr("Cannot recover design"), error);
    return false;
}

} // namespace skydraft
