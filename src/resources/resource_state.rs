//! The guide's services, loaded once per language: the pack built into
//! Senda, cut to her language (`pack_by_language`), and the organisation's (the files its
//! `senda.config.json` lists; by default `resources/organisation.json`, empty
//! in the build), whose services extend the default pack and replace any
//! with the same id. All are plain files of the same folder, so no rebuild
//! is needed and nothing is asked of another origin. Her own entries and an
//! imported file's services join them but never replace one (`guide_layers`).
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::category::Category;
use super::guide_layers::{add_untrusted, shadowing};
use super::guide_records::{NAMESPACE, imported_key, own_key};
use super::pack_by_language;
use super::resource_pack::{self, Problem, Received, Service, merge};
use super::resource_query::IndexedService;
use crate::i18n::*;
use crate::language::{self, Language};
use crate::organisation::org_state::use_org;
use crate::platform::fetch_text::fetch_text;
use crate::platform::service_worker;
use crate::storage::store::Backend;
use crate::storage::store_handle::{StoreHandle, use_store};
use crate::storage::tab_sync::TabSync;
use crate::storage::{Expect, StorageError, Store};
use crate::vault::vault_session::{VaultSession, use_vault};

fn own_services(store: &Store<impl Backend>) -> Vec<Service> {
    store.load::<Vec<Service>>(&own_key()).ok().flatten().map(|stored| stored.value).unwrap_or_default()
}

/// The imported pack, if any; a stored one that no longer passes the checks
/// (a newer Senda's, say) is left out and left alone.
fn imported_pack(store: &Store<impl Backend>) -> Option<resource_pack::Pack> {
    let pack = store.load::<resource_pack::Pack>(&imported_key()).ok().flatten()?.value;
    resource_pack::is_valid(&pack).then_some(pack)
}

#[derive(Clone, Debug, PartialEq)]
pub enum PackLoad {
    /// A guide screen asked; the organisation's settings (which packs to
    /// load) are still on their way.
    Requested,
    Loading,
    Ready,
    /// The built-in pack could not be read (offline on a first visit).
    Failed,
}

/// Where a service in the guide comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// Senda's own pack or the organisation's.
    Trusted,
    /// An entry she added.
    Own,
    /// A file she imported, with its name and day when known.
    Imported(Option<Received>),
}

#[derive(Clone, Copy)]
pub struct ResourceState {
    /// The default and organisation packs, as loaded: the trusted services,
    /// the only ones with a "Call for help now" button.
    pub trusted: RwSignal<Vec<Service>>,
    /// The mentor's imported services, read from storage with the packs.
    pub imported: RwSignal<Vec<Service>>,
    /// The file they came from and the day.
    pub received: RwSignal<Option<Received>>,
    /// The services she added herself, shown with a mark.
    pub own: RwSignal<Vec<Service>>,
    /// The guide as shown: the trusted services, then her own entries, then
    /// the imported ones, each leaving out any that would replace a service
    /// already there, indexed for search.
    pub services: Memo<Vec<IndexedService>>,
    pub load: RwSignal<PackLoad>,
    /// The language the built-in pack was last asked for in: another one
    /// chosen reads the pack again.
    read_in: RwSignal<Option<Language>>,
    /// The pack of the language on screen could not be read (chosen
    /// offline, never kept): the guide shows the one she had.
    pub language_not_kept: RwSignal<bool>,
    /// Her services and imports change only while unlocked (or with no lock).
    vault: VaultSession,
    storage: StoreHandle,
    /// Problems in the organisation's packs, by file; such a pack is left out.
    pub organisation_problems: RwSignal<Vec<(String, Problem)>>,
}

/// The category's name in every language Senda speaks, for search. In a
/// shared guide's program, which downloads no other language's strings
/// (`guide_strings`), in hers and English: as its services' texts are.
pub fn category_words(category: Category) -> String {
    Locale::get_all().iter().map(|locale| category_name(*locale, category)).collect::<Vec<_>>().join("\n")
}

pub fn category_name(locale: Locale, category: Category) -> &'static str {
    match category {
        Category::Emergency => guide_td_string!(locale, category_emergency),
        Category::Permits => guide_td_string!(locale, category_permits),
        Category::Housing => guide_td_string!(locale, category_housing),
        Category::Work => guide_td_string!(locale, category_work),
        Category::Education => guide_td_string!(locale, category_education),
        Category::Health => guide_td_string!(locale, category_health),
        Category::Legal => guide_td_string!(locale, category_legal),
        Category::Everyday => guide_td_string!(locale, category_everyday),
    }
}

fn index(services: Vec<Service>) -> Vec<IndexedService> {
    services
        .into_iter()
        .map(|service| {
            let words = service.category().map(category_words).unwrap_or_default();
            IndexedService::new(service, &words)
        })
        .collect()
}

/// Where the guide's state lives: made by the shell, so it lasts as long as
/// the app, but filled on a guide screen's first use, so that reading packs
/// and indexing services come with the guide's chunk, not in the first
/// download (a mentor opening her journal needs none of it).
#[derive(Clone, Copy)]
pub struct GuideSlot {
    shell: StoredValue<Owner>,
    state: StoredValue<Option<ResourceState>>,
}

impl GuideSlot {
    /// The guide if a screen has used it yet: what a restore must refresh.
    pub fn used(&self) -> Option<ResourceState> {
        self.state.get_value()
    }
}

impl ResourceState {
    /// Called by the shell; nothing is made or fetched until a guide screen
    /// asks (`use_resources`).
    pub fn provide() {
        provide_context(GuideSlot {
            shell: StoredValue::new(Owner::current().unwrap_or_default()),
            state: StoredValue::new(None),
        });
    }

    fn new() -> ResourceState {
        let (trusted, own, imported) =
            (RwSignal::new(Vec::new()), RwSignal::new(Vec::new()), RwSignal::new(Vec::new()));
        let state = ResourceState {
            trusted,
            imported,
            received: RwSignal::new(None),
            own,
            services: Memo::new(move |_| {
                let mut services = trusted.get();
                add_untrusted(&mut services, own.get());
                add_untrusted(&mut services, imported.get());
                index(services)
            }),
            load: RwSignal::new(PackLoad::Requested),
            read_in: RwSignal::new(None),
            language_not_kept: RwSignal::new(false),
            organisation_problems: RwSignal::new(Vec::new()),
            vault: use_vault(),
            storage: use_store(),
        };
        let org = use_org();
        let i18n = use_i18n();
        Effect::new(move |_| {
            let language = language::language(i18n.get_locale());
            let asked = match state.load.get() {
                PackLoad::Requested => true,
                PackLoad::Loading => false,
                PackLoad::Ready | PackLoad::Failed => state.read_in.get_untracked() != Some(language),
            };
            if asked && org.loaded.get() {
                state.load_packs(language, org.config.with_untracked(|config| config.resource_packs.clone()));
            }
        });
        // An entry added or a pack imported in another tab shows up here too.
        if let Some(sync) = use_context::<TabSync>() {
            Effect::new(move |_| {
                if sync.touches(NAMESPACE) {
                    state.reread_stored();
                }
            });
        }
        state
    }

    /// Reads her own and imported services again (another tab or a restore
    /// changed them), if the guide is loaded at all.
    pub fn reread_stored(&self) {
        if self.load.get_untracked() == PackLoad::Ready {
            self.read_stored();
        }
    }

    fn read_stored(&self) {
        let store = self.storage.store();
        let (services, received) = imported_pack(&store).map(|pack| (pack.services, pack.received)).unwrap_or_default();
        self.imported.set(services);
        self.received.set(received);
        self.own.set(own_services(&store));
    }

    /// The default pack in `language`, then the organisation's packs in the
    /// order its settings list them.
    fn load_packs(self, language: Language, organisation_packs: Vec<String>) {
        // A language chosen offline whose pack this device never kept: the
        // guide she had stays on screen rather than none.
        let had = self.load.get_untracked() == PackLoad::Ready;
        // Asked once per language: offline, a failed read is not tried
        // again and again (the next start or choice tries again).
        self.read_in.set(Some(language));
        self.load.set(PackLoad::Loading);
        spawn_local(async move {
            // All asked for at once (the page's first script has usually
            // asked for the built-in one already), merged in this order.
            let mut sources = pack_by_language::sources(language).into_iter();
            let first = sources.next().map(|source| (fetch_text(&source.path), source));
            let requests: Vec<_> = organisation_packs.into_iter().map(|path| (fetch_text(&path), path)).collect();
            let mut found = match first {
                Some((request, source)) => read_built_in(request.await, source),
                None => None,
            };
            for source in sources {
                if found.is_some() {
                    break;
                }
                found = read_built_in(fetch_text(&source.path).await, source);
            }
            let Some((default, source)) = found else {
                self.language_not_kept.set(had);
                self.load.set(if had { PackLoad::Ready } else { PackLoad::Failed });
                return;
            };
            self.language_not_kept.set(!source.in_her_language);
            let mut services = default.services;
            let mut left_out = Vec::new();
            for (request, path) in requests {
                let text = request.await.unwrap_or_default();
                match resource_pack::read(&text) {
                    Ok(pack) => merge(&mut services, pack.services),
                    Err(problems) => left_out.extend(problems.into_iter().map(|problem| (path.clone(), problem))),
                }
            }
            self.organisation_problems.set(left_out);
            self.trusted.set(services);
            self.read_stored();
            self.load.set(PackLoad::Ready);
        });
    }

    /// The services of `services` that an import would refuse: their id is
    /// taken by a trusted service or one of her own.
    pub fn refused_on_import(&self, services: &[Service]) -> Vec<Service> {
        let mut taken = self.trusted.get_untracked();
        taken.extend(self.own.get_untracked());
        shadowing(&taken, services).into_iter().cloned().collect()
    }

    /// Keeps a checked pack, without the services an import refuses, as the
    /// mentor's imported services: one write, so it is all there or not at all.
    pub fn import(&self, mut pack: resource_pack::Pack, received: Received) -> Result<usize, StorageError> {
        self.refuse_while_locked()?;
        let refused: Vec<String> =
            self.refused_on_import(&pack.services).into_iter().map(|service| service.id).collect();
        pack.services.retain(|service| !refused.contains(&service.id));
        pack.received = Some(received);
        self.storage.store().save(&imported_key(), &pack, Expect::Latest)?;
        let count = pack.services.len();
        self.imported.set(pack.services);
        self.received.set(pack.received);
        Ok(count)
    }

    pub fn remove_imported(&self) -> Result<(), StorageError> {
        self.refuse_while_locked()?;
        self.storage.store().remove(&imported_key(), Expect::Latest)?;
        self.imported.set(Vec::new());
        self.received.set(None);
        Ok(())
    }

    /// Adds her entry, or replaces the one with its id.
    pub fn save_own(&self, service: Service) -> Result<(), StorageError> {
        self.change_own(|own| match own.iter_mut().find(|known| known.id == service.id) {
            Some(known) => *known = service,
            None => own.push(service),
        })
    }

    pub fn delete_own(&self, id: &str) -> Result<(), StorageError> {
        self.change_own(|own| own.retain(|known| known.id != id))
    }

    /// Changes her entries as stored now, not as this tab last saw them, so
    /// an entry added in another tab is kept; a stored record that cannot be
    /// read is never written over.
    fn change_own(&self, change: impl FnOnce(&mut Vec<Service>)) -> Result<(), StorageError> {
        self.refuse_while_locked()?;
        let own = self.storage.store().update(&own_key(), change)?;
        self.own.set(own);
        Ok(())
    }

    /// The guide's records are stored in clear, so the store itself would
    /// write them while locked: the screens hide the buttons, and this keeps
    /// any other way in from changing her guide.
    fn refuse_while_locked(&self) -> Result<(), StorageError> {
        if self.vault.is_locked_untracked() { Err(StorageError::Locked) } else { Ok(()) }
    }

    pub fn is_own(&self, id: &str) -> bool {
        self.own.with(|own| own.iter().any(|service| service.id == id))
    }

    /// Where the service the guide shows under `id` comes from, in the order
    /// `services` adds them.
    pub fn origin(&self, id: &str) -> Origin {
        let has = |services: &RwSignal<Vec<Service>>| services.with(|services| services.iter().any(|s| s.id == id));
        if has(&self.trusted) {
            Origin::Trusted
        } else if has(&self.own) {
            Origin::Own
        } else {
            Origin::Imported(self.received.get())
        }
    }

    pub fn find(&self, id: &str) -> Option<Service> {
        self.services.with(|services| services.iter().find(|s| s.service.id == id).map(|s| s.service.clone()))
    }
}

/// The built-in pack from `source`, if its text is a pack (a host may
/// answer a missing file with a page); kept for offline use once read.
fn read_built_in(
    text: Option<String>,
    source: pack_by_language::Source,
) -> Option<(resource_pack::Pack, pack_by_language::Source)> {
    let pack = resource_pack::read(&text?).ok()?;
    service_worker::keep_offline(&source.path);
    Some((pack, source))
}

/// The guide, loaded on first use and shared by its screens.
pub fn use_resources() -> ResourceState {
    let slot = expect_context::<GuideSlot>();
    slot.state.get_value().unwrap_or_else(|| {
        // Made under the shell's owner, so it outlives the screen that asked.
        let state = slot.shell.with_value(|shell| shell.with(ResourceState::new));
        slot.state.set_value(Some(state));
        state
    })
}
