-- The portal's state; the community's calendar, begrippenlijst and organisations come from the library's seed.
create table portal_member (
  id varchar(100) primary key,
  voornaam varchar(200),
  voorletters varchar(50),
  tussenvoegsel varchar(50),
  achternaam varchar(200),
  organisation_id varchar(100),
  roles varchar(1000) not null
);

-- One vote per member and poll: the primary key is the database's half of the rule the model's Poll keeps.
create table poll_vote (
  poll_id varchar(100) not null,
  member_id varchar(100) not null references portal_member (id),
  option_id varchar(100) not null,
  voted_at timestamp with time zone not null,
  constraint one_vote_per_member primary key (poll_id, member_id)
);

create table chat_message (
  id varchar(100) primary key,
  author_id varchar(100) not null references portal_member (id),
  sent_at timestamp with time zone not null,
  body varchar(4000) not null
);

create table session_plan (
  id varchar(100) primary key,
  title varchar(200) not null,
  saved_at timestamp with time zone not null,
  document text not null
);
